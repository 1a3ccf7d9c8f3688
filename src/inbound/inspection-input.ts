// The body of `POST /pre-tickets`: one inspection (the seed's VTI) — where and when, by whom —
// and its notes, each a request to validate. Photos come as multipart file parts named
// `notes.{index}.photos` (see the route), not in this JSON.
import { Type, type Static } from '@sinclair/typebox';

/** Most notes in one inspection, and photos per note and per inspection. */
export const MAX_NOTES = 50;
export const MAX_PHOTOS_PER_NOTE = 10;
export const MAX_PHOTOS = 40;

const Place = Type.String({ minLength: 1, maxLength: 200, description: 'Where in the property, in words: "Hall cage B", "Toiture", "Parking niveau -1"' });

export const InspectionNote = Type.Object(
  {
    subject: Type.String({ minLength: 1, maxLength: 300 }),
    description: Type.String({ maxLength: 20_000 }),
    place: Type.Optional(Place),
    /** The unit the note is about, when it is not the inspection's. */
    unitId: Type.Optional(Type.String({ format: 'uuid' })),
  },
  { additionalProperties: false },
);

export const InspectionInput = Type.Object(
  {
    inspection: Type.Object(
      {
        externalId: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'The inspection\'s id in the sending application: the same inspection sent again (a retry) makes no new tickets and answers the first ones' })),
        propertyId: Type.String({ format: 'uuid' }),
        unitId: Type.Optional(Type.String({ format: 'uuid' })),
        place: Type.Optional(Place),
        inspectedAt: Type.Optional(Type.String({ format: 'date-time', description: 'When the inspection took place (ISO 8601 with offset); default now. It is the requests\' date.' })),
        inspector: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Who inspected; default the calling user' })),
      },
      { additionalProperties: false },
    ),
    notes: Type.Array(InspectionNote, { minItems: 1, maxItems: MAX_NOTES }),
  },
  { additionalProperties: false },
);
export type InspectionInputT = Static<typeof InspectionInput>;
