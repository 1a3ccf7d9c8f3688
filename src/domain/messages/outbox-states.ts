// The states of an outgoing message in the outbox: held (no transport configured), queued (to
// send), sending (claimed by a worker), sent, failed (given up), silenced (the ticket is silent).
export const OUTBOX_STATES = ['held', 'queued', 'sending', 'sent', 'failed', 'silenced'] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];
