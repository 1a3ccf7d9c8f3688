// Checks a row's API input against the very TypeBox schema the API validates with, so that a
// cell the import accepts is one the API would accept, and says what is wrong in the terms of
// the CSV: the column, the value, and ajv's own rule.
import type { TSchema } from '@sinclair/typebox';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { ColumnSpec, Problem } from './import-kind.ts';

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
  return `"${text.length > 60 ? `${text.slice(0, 57)}...` : text}"`;
};

/** One sentence for the errors ajv gave at one place of the input. */
function describe(errors: ErrorObject[]): string {
  const anyOf = errors.find((e) => e.keyword === 'anyOf');
  const branches = Array.isArray(anyOf?.schema) ? (anyOf.schema as { const?: unknown }[]) : [];
  const value = errors[0]!.data;
  if (branches.length > 0 && branches.every((b) => b.const !== undefined)) {
    return `${shown(value)} must be one of ${branches.map((b) => String(b.const)).join(', ')}`;
  }
  // In a "text or null" union the null branch's complaint says nothing useful.
  const first = errors.find((e) => e.keyword !== 'anyOf' && !(e.keyword === 'type' && e.params.type === 'null')) ?? errors[0]!;
  return first.keyword === 'maxLength' || first.keyword === 'uniqueItems' || first.keyword === 'minItems'
    ? (first.message ?? 'is not valid')
    : `${shown(value)} ${first.message ?? 'is not valid'}`;
}

/** The problems of `input` against `schema`, each named by the CSV column of the field at fault. */
export function checkAgainstSchema(schema: TSchema, input: Record<string, unknown>, columns: ColumnSpec[], noun: string): Problem[] {
  const validate = validatorOf(schema);
  if (validate(input)) return [];
  const columnOf = (field: string) => columns.find((c) => c.field === field)?.name ?? field;
  const byPlace = new Map<string, ErrorObject[]>();
  const problems: Problem[] = [];
  for (const error of validate.errors ?? []) {
    if (error.instancePath === '') {
      if (error.keyword === 'required') {
        problems.push({ column: columnOf(String(error.params.missingProperty)), message: `is required for a new ${noun}.` });
      } else {
        problems.push({ column: null, message: error.message ?? 'is not valid' });
      }
      continue;
    }
    byPlace.set(error.instancePath, [...(byPlace.get(error.instancePath) ?? []), error]);
  }
  for (const [place, errors] of byPlace) {
    const field = place.split('/')[1]!;
    problems.push({ column: columnOf(field), message: `${describe(errors)}.` });
  }
  return problems;
}
