// What an app admin sends to set the agency's inbound mailbox (PUT /settings/inbound/imap).
import { Type, type Static } from '@sinclair/typebox';

export const ImapSettingsInput = Type.Object(
  {
    host: Type.String({ minLength: 1, maxLength: 253, pattern: '^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$|^[0-9A-Fa-f:.]+$' }),
    port: Type.Integer({ minimum: 1, maximum: 65535 }),
    secure: Type.Boolean(),
    user: Type.String({ minLength: 1, maxLength: 320 }),
    /** Write-only: omitted, the stored password is kept. */
    password: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })),
    mailbox: Type.String({ minLength: 1, maxLength: 200, default: 'INBOX' }),
    enabled: Type.Boolean(),
  },
  { additionalProperties: false },
);
export type ImapSettingsInput = Static<typeof ImapSettingsInput>;
