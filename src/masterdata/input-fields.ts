// The field schemas that the inputs of master data and settings share: ids, dates, emails,
// phones, names, and a union of literal codes. The HTTP layer documents them from the same source.
import { Type } from '@sinclair/typebox';

export const Uuid = Type.String({ format: 'uuid' });
export const Timestamp = Type.String({ format: 'date-time' });
export const DateOnly = Type.String({ format: 'date' });
export const Email = Type.String({ format: 'email', maxLength: 254 });
export const Phone = Type.String({ pattern: '^\\+?[0-9 ().-]{6,24}$' });
export const Name = Type.String({ minLength: 1, maxLength: 200 });
export const ExternalRef = Type.String({ minLength: 1, maxLength: 100 });

/** One of the given codes. */
export const oneOf = <T extends string>(values: readonly T[]) => Type.Union(values.map((v) => Type.Literal(v)));
/** A string schema, or null. */
export const Nullable = <T extends ReturnType<typeof Type.String>>(t: T) => Type.Union([t, Type.Null()]);
/** Free text of at most `max` characters. */
export const Text = (max: number) => Type.String({ maxLength: max });
