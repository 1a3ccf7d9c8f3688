// Checks a row's API input against the very TypeBox schema the API validates with, so that a
// cell the import accepts is one the API would accept, and says what is wrong in the terms of
// the CSV, in French and English: the column, the value, the rule it breaks (a trade's labels).
import type { TSchema } from '@sinclair/typebox';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { ColumnSpec, Problem } from './import-kind.ts';
import { PHRASES, type Phrase } from './import-phrases.ts';
import { TRADES } from '../domain/master-data.ts';
import { TRADE_LABELS } from '../domain/trade-labels.ts';

// ajv-formats is CommonJS: its default export arrives wrapped depending on the loader.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as unknown as (ajv: Ajv) => void;

// Like the API's body validator (no coercion, unknown fields refused), but reporting every
// error of a row at once, with the failing schema at hand to list allowed values.
const ajv = new Ajv({ coerceTypes: false, removeAdditional: false, useDefaults: false, allErrors: true, verbose: true, strict: false });
addFormats(ajv);
const compiled = new WeakMap<TSchema, ValidateFunction>();

function validatorOf(schema: TSchema): ValidateFunction {
  let validate = compiled.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    compiled.set(schema, validate);
  }
  return validate;
}

const shown = (value: unknown) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

/** The list of allowed values a failing schema gives, if it is one ("a", "b"… as `const` branches or an enum). */
function allowedValues(errors: ErrorObject[]): string[] | undefined {
  const anyOf = errors.find((e) => e.keyword === 'anyOf');
  const branches = Array.isArray(anyOf?.schema) ? (anyOf.schema as { const?: unknown }[]) : [];
  if (branches.length > 0 && branches.every((b) => b.const !== undefined)) return branches.map((b) => String(b.const));
  const enumError = errors.find((e) => e.keyword === 'enum');
  return enumError ? (enumError.params.allowedValues as unknown[]).map(String) : undefined;
}

/** One sentence for the errors ajv gave at one place of the input (`field`: the API field). */
function describe(errors: ErrorObject[], field: string): Phrase {
  const value = errors[0]!.data;
  const allowed = allowedValues(errors);
  if (allowed) {
    if (field === 'trades') return PHRASES.notATrade(shown(value), TRADES.map((code) => TRADE_LABELS[code]));
    return PHRASES.notOneOf(shown(value), allowed);
  }
  // In a "text or null" union the null branch's complaint says nothing useful.
  const first = errors.find((e) => e.keyword !== 'anyOf' && !(e.keyword === 'type' && e.params.type === 'null')) ?? errors[0]!;
  const limit = Number(first.params.limit);
  switch (first.keyword) {
    case 'format':
      return first.params.format === 'email' ? PHRASES.notEmail(shown(value)) : first.params.format === 'date' ? PHRASES.notDate(shown(value)) : PHRASES.badForm(shown(value));
    case 'pattern':
      return PHRASES.badForm(shown(value));
    case 'maxLength':
      return PHRASES.tooLong(limit);
    case 'minLength':
      return PHRASES.tooShort(limit);
    case 'uniqueItems':
      return PHRASES.twice;
    case 'minItems':
      return PHRASES.tooFew(limit);
    case 'maxItems':
      return PHRASES.tooMany(limit);
    default:
      return PHRASES.notValid(shown(value));
  }
}

/** The problems of `input` against `schema`, each named by the CSV column of the field at fault. */
export function checkAgainstSchema(schema: TSchema, input: Record<string, unknown>, columns: ColumnSpec[], kind: string): Problem[] {
  const validate = validatorOf(schema);
  if (validate(input)) return [];
  const columnOf = (field: string) => columns.find((c) => c.field === field)?.name ?? field;
  const byPlace = new Map<string, ErrorObject[]>();
  const problems: Problem[] = [];
  for (const error of validate.errors ?? []) {
    if (error.instancePath === '') {
      if (error.keyword === 'required') {
        const column = columnOf(String(error.params.missingProperty));
        problems.push({ column, message: PHRASES.requiredForNew(column, kind) });
      } else {
        problems.push({ column: null, message: PHRASES.rowInvalid });
      }
      continue;
    }
    byPlace.set(error.instancePath, [...(byPlace.get(error.instancePath) ?? []), error]);
  }
  for (const [place, errors] of byPlace) {
    const field = place.split('/')[1]!;
    problems.push({ column: columnOf(field), message: describe(errors, field) });
  }
  return problems;
}
