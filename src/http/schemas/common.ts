// Schemas shared by many routes: ids, pages, errors.
import { Type, type TSchema } from '@sinclair/typebox';
import { Uuid } from '../../masterdata/input-fields.ts';

// The field schemas are those of the inputs: one definition for validation and answers.
export { Uuid, Timestamp, DateOnly, Email, Phone, Name } from '../../masterdata/input-fields.ts';
export const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });

export const ListQuery = Type.Object(
  {
    limit: Type.Integer({ minimum: 1, maximum: 200, default: 50 }),
    cursor: Type.Optional(Type.String({ maxLength: 500 })),
  },
  { additionalProperties: false },
);

export const ErrorResponse = Type.Object({
  error: Type.Object({
    code: Type.String(),
    message: Type.String(),
    details: Type.Optional(Type.Unknown()),
  }),
});

/** A file's bytes, for the OpenAPI document (the answer carries the file's own Content-Type). */
export const FileDownload = {
  description: 'The file, with its own Content-Type and Content-Disposition',
  content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
};

/** `{items, nextCursor}` around an item schema. */
export function PageOf<T extends TSchema>(item: T) {
  return Type.Object({ items: Type.Array(item), nextCursor: Type.Union([Type.String(), Type.Null()]) });
}

/** The error answers a signed-in route may give, for the OpenAPI document. */
export const STAFF_ERRORS = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 404: ErrorResponse };
