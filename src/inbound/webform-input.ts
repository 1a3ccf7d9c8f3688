// What the public web form sends (POST /api/v1/webform/{slug}): as JSON, or as multipart with this
// JSON in a `payload` part and up to five `photos` parts. Blank optional fields are left out.
import { Type, type Static } from '@sinclair/typebox';
import { Email, Name, Phone, Uuid } from '../masterdata/input-fields.ts';
import { WEBFORM_HONEYPOT_FIELD } from '../domain/inbound/webform-rules.ts';

export const WebformInput = Type.Object(
  {
    name: Name,
    email: Type.Optional(Email),
    phone: Type.Optional(Phone),
    /** One of the agency's buildings (GET /webform/{slug} lists them)… */
    propertyId: Type.Optional(Uuid),
    /** …or the address typed when the building is not listed. */
    address: Type.Optional(Type.String({ minLength: 1, maxLength: 500 })),
    /** The unit, floor or door, as the sender says it (units are not listed publicly). */
    unit: Type.Optional(Type.String({ maxLength: 200 })),
    categoryId: Type.Optional(Uuid),
    categoryFields: Type.Optional(Type.Record(Type.String({ maxLength: 100 }), Type.Unknown(), { maxProperties: 50 })),
    subject: Type.Optional(Type.String({ maxLength: 200 })),
    description: Type.String({ minLength: 1, maxLength: 10_000 }),
    /** The honeypot: hidden from people; a robot that fills it is answered as if accepted. */
    [WEBFORM_HONEYPOT_FIELD]: Type.Optional(Type.String({ maxLength: 2000 })),
    /** The token of GET /webform/{slug}: when the form was opened, signed. */
    formToken: Type.String({ minLength: 1, maxLength: 200 }),
  },
  { additionalProperties: false },
);
export type WebformInputT = Static<typeof WebformInput>;
