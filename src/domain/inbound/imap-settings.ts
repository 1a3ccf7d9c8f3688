// The mailbox an agency keeps and Gardien reads (DOMAIN.md §9, the IMAP door): where it is, who
// logs in, which folder, and whether it is read. Stored in the organization's settings JSON under
// `inboundImap`; the password only encrypted (src/inbound/imap-settings.ts) and never shown again.
// What the last poll did is kept beside it under `inboundImapStatus`.

export interface InboundImapSettings {
  host: string;
  port: number;
  /** TLS from the first byte (port 993); false: plain, upgraded with STARTTLS when the server offers it. */
  secure: boolean;
  user: string;
  /** The folder read, `INBOX` unless said. */
  mailbox: string;
  enabled: boolean;
}

/** As stored: the settings and the encrypted password. */
export interface StoredInboundImap extends InboundImapSettings {
  passwordEncrypted: string | null;
}

/** What the last poll did. */
export interface InboundImapStatus {
  at: string;
  /** Messages taken (recorded, whatever they became). */
  taken: number;
  /** Messages left unseen for the next poll (could not be stored, or larger than the limit). */
  left: number;
  /** Why the poll failed, or null: a code of IMAP_POLL_ERRORS. */
  error: ImapPollError | null;
}

/** Why a poll of the mailbox failed, said to the admin in French and English. */
export const IMAP_POLL_ERRORS = {
  connection_failed: { fr: 'Connexion au serveur impossible (adresse, port ou pare-feu)', en: 'Could not connect to the server (host, port or firewall)' },
  tls_failed: { fr: 'Échec de la connexion chiffrée (TLS) : vérifiez le port et l’option « connexion sécurisée »', en: 'The encrypted (TLS) connection failed: check the port and the "secure" option' },
  authentication_failed: { fr: 'Identifiant ou mot de passe refusé par le serveur', en: 'The server refused the user name or password' },
  host_not_allowed: { fr: 'Serveur sur un réseau privé : refusé par ce serveur Gardien', en: 'Server on a private network: refused by this Gardien server' },
  mailbox_not_found: { fr: 'Dossier introuvable sur le serveur', en: 'Folder not found on the server' },
  password_unreadable: { fr: 'Mot de passe illisible (la clé GARDIEN_SECRET a changé) : saisissez-le à nouveau', en: 'Password unreadable (GARDIEN_SECRET changed): enter it again' },
  server_error: { fr: 'Le serveur a interrompu la relève', en: 'The server interrupted the poll' },
} as const satisfies Record<string, { fr: string; en: string }>;
export type ImapPollError = keyof typeof IMAP_POLL_ERRORS;

/** The settings stored under `inboundImap`, or undefined when there are none (or they are damaged). */
export function storedImapOf(settings: Record<string, unknown> | null | undefined): StoredInboundImap | undefined {
  const value = settings?.inboundImap;
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Partial<StoredInboundImap>;
  if (typeof v.host !== 'string' || typeof v.port !== 'number' || typeof v.user !== 'string') return undefined;
  return {
    host: v.host, port: v.port, secure: v.secure !== false, user: v.user, mailbox: typeof v.mailbox === 'string' && v.mailbox ? v.mailbox : 'INBOX',
    enabled: v.enabled === true, passwordEncrypted: typeof v.passwordEncrypted === 'string' ? v.passwordEncrypted : null,
  };
}

export function imapStatusOf(settings: Record<string, unknown> | null | undefined): InboundImapStatus | null {
  const value = settings?.inboundImapStatus;
  return value && typeof value === 'object' ? (value as InboundImapStatus) : null;
}
