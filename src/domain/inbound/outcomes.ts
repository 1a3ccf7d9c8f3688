// What an inbound message became (API.md: Inbound), by which channel and door it came, and the
// report kept with it: what was kept, repaired and refused.

export const INBOUND_OUTCOMES = ['ticket_created', 'answer_added', 'ignored', 'refused'] as const;
export type InboundOutcome = (typeof INBOUND_OUTCOMES)[number];

export const INBOUND_CHANNELS = ['email', 'sms', 'webform', 'inspection'] as const;
export type InboundChannel = (typeof INBOUND_CHANNELS)[number];

export const INBOUND_DOORS = ['smtp', 'http', 'imap', 'twilio', 'webform', 'api'] as const;
export type InboundDoor = (typeof INBOUND_DOORS)[number];

export interface InboundReport {
  /** Files kept (attached to the ticket or the answer). */
  kept?: { filename: string; contentType: string; size: number; kind: string }[];
  /** Files refused, with the reason. */
  refused?: { filename: string; code: string; reason: string }[];
  /** What was repaired or noticed while reading. */
  notes?: string[];
  /** The failed addresses of a bounce. */
  bounced?: string[];
  /** The tickets an inspection made, one per note, in the notes' order. */
  tickets?: number[];
  /** An MMS's media as the provider holds them (not fetched: their URLs are kept). */
  media?: { url: string; contentType: string | null }[];
}

/** Why a message was ignored or refused: the stable codes of the "Messages reçus" screen. */
export const INBOUND_REASONS = {
  duplicate: { fr: 'Déjà reçu : ce message a déjà été traité', en: 'Already received: this message was handled before' },
  auto_reply: { fr: 'Réponse automatique (absence, accusé)', en: 'Automatic reply (out of office, acknowledgement)' },
  bounce: { fr: 'Avis de non-remise', en: 'Bounce (delivery failure)' },
  delivery_report: { fr: 'Accusé de réception ou de lecture', en: 'Delivery or read receipt' },
  list: { fr: 'Liste de diffusion ou lettre d’information', en: 'Mailing list or newsletter' },
  loop: { fr: 'Message de Gardien revenu (boucle)', en: 'Gardien’s own message coming back (loop)' },
  challenge: { fr: 'Demande de vérification automatique (anti-spam)', en: 'Automatic verification request (anti-spam)' },
  no_sender: { fr: 'Aucun expéditeur utilisable', en: 'No usable sender' },
  message_too_large: { fr: 'Message trop volumineux', en: 'Message too large' },
  message_unreadable: { fr: 'Message illisible', en: 'Unreadable message' },
  unknown_number: { fr: 'Numéro inconnu : aucun ticket ouvert pour ce numéro', en: 'Unknown number: no open ticket for this number' },
  empty_message: { fr: 'Message vide', en: 'Empty message' },
  honeypot: { fr: 'Formulaire web rempli par un robot (champ caché rempli)', en: 'Web form filled by a robot (hidden field filled)' },
  too_fast: { fr: 'Formulaire web envoyé trop vite pour une personne', en: 'Web form sent too fast for a person' },
} as const satisfies Record<string, { fr: string; en: string }>;
export type InboundReason = keyof typeof INBOUND_REASONS;
