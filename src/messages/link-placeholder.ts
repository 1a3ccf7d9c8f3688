// Messages carry the party's personal link, but the outbox never holds a usable secret: the text
// keeps this placeholder, and the link is minted when the message leaves (deliver-message.ts).

/** What stands for the link in a stored message. */
export const LINK_PLACEHOLDER = (publicUrl: string) => `${publicUrl}/x/••••••••`;
