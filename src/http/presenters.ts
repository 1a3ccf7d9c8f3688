// Shapes database rows into API answers: explicit fields only, never a hash or an org id.

type Row = Record<string, unknown>;
const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : (value ?? null));

function pick(row: Row, fields: string[]) {
  return Object.fromEntries(fields.map((field) => [field, iso(row[field])]));
}

const STAMPS = ['createdAt', 'updatedAt'];

export const presentProperty = (row: Row) =>
  pick(row, ['id', 'externalRef', 'name', 'kind', 'module', 'addressLine', 'postalCode', 'city', 'country', 'managerId', 'assistantId', ...STAMPS]);

export const presentUnit = (row: Row) => pick(row, ['id', 'propertyId', 'reference', 'floor', 'description', ...STAMPS]);

export const presentRelation = (row: Row) => pick(row, ['id', 'kind', 'unitId', 'propertyId', 'startsOn', 'endsOn']);

export const presentPerson = (row: Row & { relations: Row[] }) => ({
  ...pick(row, ['id', 'externalRef', 'name', 'emails', 'phones', 'language', 'portalStatus', 'mandateThresholdCents', ...STAMPS]),
  relations: row.relations.map(presentRelation),
});

export const presentContractor = (row: Row) =>
  pick(row, ['id', 'externalRef', 'name', 'trades', 'emails', 'phones', 'preferredChannels', 'language', 'notes', 'active', ...STAMPS]);

export const presentUser = (row: Row) =>
  pick(row, ['id', 'email', 'name', 'roles', 'language', 'phone', 'active', 'delegateUserId', 'delegateUntil', ...STAMPS]);

export const presentOrganization = (row: Row) => pick(row, ['id', 'name', 'slug', 'currency', 'locale', 'timezone']);

export const presentCategory = (row: Row & { fields: { key: string; label: { fr: string; en: string }; type: string; required: boolean; options?: string[] }[] }) => ({
  ...pick(row, ['id', 'name', 'active', ...STAMPS]),
  fields: row.fields.map((f) => ({
    key: f.key, label: { fr: f.label.fr, en: f.label.en }, type: f.type, required: f.required, ...(f.options ? { options: f.options } : {}),
  })),
});

export const presentRoutingRule = (row: Row) =>
  pick(row, ['id', 'name', 'position', 'propertyId', 'categoryId', 'source', 'assigneeId', 'active', ...STAMPS]);
