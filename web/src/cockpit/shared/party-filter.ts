// Which party the history is narrowed to ("show only this party").
export type PartyFilter = { dispatchId: string } | { partyId: string } | null;
