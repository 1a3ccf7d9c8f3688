// Checks the structured fields of a ticket against its category's definition.
export interface FieldDefinition {
  key: string;
  type: 'text' | 'number' | 'boolean' | 'date' | 'select';
  required: boolean;
  options?: string[];
}

/** Problems with the values given for a category's fields, one per field; empty when all is well. */
export function categoryFieldProblems(definitions: readonly FieldDefinition[], values: Record<string, unknown>): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const known = new Set(definitions.map((d) => d.key));
  for (const key of Object.keys(values)) if (!known.has(key)) problems.push({ field: `categoryFields.${key}`, message: 'is not a field of this category' });
  for (const def of definitions) {
    const value = values[def.key];
    const field = `categoryFields.${def.key}`;
    if (value === undefined || value === null || value === '') {
      if (def.required) problems.push({ field, message: 'is required' });
      continue;
    }
    const ok =
      (def.type === 'text' && typeof value === 'string' && value.length <= 2000) ||
      (def.type === 'number' && typeof value === 'number' && Number.isFinite(value)) ||
      (def.type === 'boolean' && typeof value === 'boolean') ||
      (def.type === 'date' && typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))) ||
      (def.type === 'select' && typeof value === 'string' && (def.options ?? []).includes(value));
    if (!ok) problems.push({ field, message: def.type === 'select' ? `must be one of ${(def.options ?? []).join(', ')}` : `must be a ${def.type}` });
  }
  return problems;
}
