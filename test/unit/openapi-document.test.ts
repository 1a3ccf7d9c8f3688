// The changes made to the generated OpenAPI document (src/http/openapi-discriminators.ts,
// openapi-query-defaults.ts): on a copy for the unions, so the schemas Ajv compiled stay inline.
import { describe, it, expect } from 'vitest';
import { nameDiscriminatedMembers } from '../../src/http/openapi-discriminators.ts';
import { optionalDefaultedQueries } from '../../src/http/openapi-query-defaults.ts';

const member = (action: string) => ({ type: 'object', required: ['action'], properties: { action: { type: 'string', enum: [action] } } });
const union = () => ({ type: 'object', title: 'TicketAction', discriminator: { propertyName: 'action' }, oneOf: [member('internal_note'), member('close')] });
const documentWith = (schema: object) => ({ paths: { '/t': { post: { requestBody: { content: { 'application/json': { schema } } } } } }, components: { schemas: {} } });

describe('nameDiscriminatedMembers', () => {
  it('moves a titled union\u2019s members to components, named by title and value, with a mapping', () => {
    const source = documentWith(union());
    const named = nameDiscriminatedMembers(source);
    const schema = named.paths['/t'].post.requestBody.content['application/json'].schema as unknown as { oneOf: unknown[]; discriminator: unknown };
    expect(schema.oneOf).toEqual([{ $ref: '#/components/schemas/TicketActionInternalNote' }, { $ref: '#/components/schemas/TicketActionClose' }]);
    expect(schema.discriminator).toEqual({ propertyName: 'action', mapping: { internal_note: '#/components/schemas/TicketActionInternalNote', close: '#/components/schemas/TicketActionClose' } });
    expect(named.components.schemas).toEqual({ TicketActionInternalNote: member('internal_note'), TicketActionClose: member('close') });
    // The document given is left as it was.
    expect(source.paths['/t'].post.requestBody.content['application/json'].schema).toEqual(union());
  });

  it('leaves a union without a title inline, and refuses a member without one value', () => {
    const untitled = { ...union(), title: undefined };
    expect(nameDiscriminatedMembers(documentWith(untitled)).components.schemas).toEqual({});
    const bad = { ...union(), oneOf: [{ type: 'object', properties: { action: { type: 'string' } } }] };
    expect(() => nameDiscriminatedMembers(documentWith(bad))).toThrow(/no single value for "action"/);
  });
});

describe('optionalDefaultedQueries', () => {
  it('makes a query parameter with a default optional, and keeps the others as they are', () => {
    const document = { paths: { '/t': { get: { parameters: [
      { in: 'query', name: 'limit', required: true, schema: { type: 'integer', default: 50 } },
      { in: 'query', name: 'q', required: true, schema: { type: 'string' } },
      { in: 'path', name: 'id', required: true, schema: { type: 'string', default: 'x' } },
    ] } } } };
    expect(optionalDefaultedQueries(document).paths['/t'].get.parameters.map((p) => [p.name, p.required])).toEqual([['limit', false], ['q', true], ['id', true]]);
  });
});
