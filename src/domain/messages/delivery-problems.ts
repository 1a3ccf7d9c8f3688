// Why a message to a party could not leave, and what fixes it: a table over the outbox row's
// state, channel and last error. A message `held` waits for a transport that is not configured
// (no SMTP server, no SMS provider); one `failed` was refused by it (an address or a number it
// rejects, or another error) after its last try. The ticket page shows each with its fix.
import type { Channel } from '../master-data.ts';

/** The outbox states in which a message has not left and will not leave by itself. */
export const UNDELIVERED_STATES = ['held', 'failed'] as const;
export type UndeliveredState = (typeof UNDELIVERED_STATES)[number];

export type DeliveryCause = 'no_sms_provider' | 'no_mail_server' | 'address_rejected' | 'number_rejected' | 'send_failed';
/** The fix: configure the transport (an administrator, on the server), correct the party's details, or send again. */
export type DeliveryFix = 'configure_sms' | 'configure_mail' | 'correct_address' | 'correct_number' | 'retry';

export interface UndeliveredMessage {
  state: string;
  channel: Channel | string;
  lastError: string | null;
}

// A provider's refusal of the recipient itself (SMTP 55x, "invalid address", Twilio's "not a valid phone number").
const REJECTED_RECIPIENT = /\b55[0-9]\b|\b5\.1\.[0-9]\b|invalid|not a valid|unknown (user|recipient)|no such user|does not exist|recipient|mailbox unavailable|unroutable/i;

const RULES: readonly { when: (m: UndeliveredMessage) => boolean; cause: DeliveryCause; fix: DeliveryFix }[] = [
  { when: (m) => m.state === 'held' && m.channel === 'sms', cause: 'no_sms_provider', fix: 'configure_sms' },
  { when: (m) => m.state === 'held' && m.channel === 'email', cause: 'no_mail_server', fix: 'configure_mail' },
  { when: (m) => m.state === 'failed' && m.channel === 'email' && REJECTED_RECIPIENT.test(m.lastError ?? ''), cause: 'address_rejected', fix: 'correct_address' },
  { when: (m) => m.state === 'failed' && m.channel === 'sms' && REJECTED_RECIPIENT.test(m.lastError ?? ''), cause: 'number_rejected', fix: 'correct_number' },
  { when: (m) => m.state === 'failed', cause: 'send_failed', fix: 'retry' },
];

/** Why this message did not leave and its fix, or undefined when it left, waits to leave, or was held back on purpose (silent mode). */
export function deliveryProblem(message: UndeliveredMessage): { cause: DeliveryCause; fix: DeliveryFix } | undefined {
  const rule = RULES.find((r) => r.when(message));
  return rule ? { cause: rule.cause, fix: rule.fix } : undefined;
}

/** What became of the messages an event called for: at least one left (`sent`), some still on their
 * way (`sending`), none left and some cannot (`not_sent`), all held back by silent mode
 * (`silenced`); null when the event sent nothing. */
export type EventDelivery = 'sent' | 'sending' | 'not_sent' | 'silenced' | null;

export function eventDelivery(states: readonly string[]): EventDelivery {
  if (states.length === 0) return null;
  if (states.includes('sent')) return 'sent';
  if (states.some((s) => s === 'queued' || s === 'sending')) return 'sending';
  if (states.some((s) => (UNDELIVERED_STATES as readonly string[]).includes(s))) return 'not_sent';
  return 'silenced';
}
