// A union told apart by a property (TypeBox's Union with `discriminator`, as Ajv validates it)
// has its members written inline. In the OpenAPI document a discriminator can only pick named
// schemas, so each member moves to components.schemas (named after the union's `title` and the
// member's value: TicketAction + `validate` → TicketActionValidate) and the union points at them
// with a mapping. Only the document changes: the routes keep validating with the inline schemas.

type Node = Record<string, unknown>;

const isNode = (value: unknown): value is Node => typeof value === 'object' && value !== null && !Array.isArray(value);

const pascal = (value: string) => value.split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');

/** The one value a member gives the discriminating property (`const` or a one-value `enum`). */
function memberValue(member: Node, property: string): string | undefined {
  const schema = (member.properties as Node | undefined)?.[property];
  if (!isNode(schema)) return undefined;
  if (typeof schema.const === 'string') return schema.const;
  if (Array.isArray(schema.enum) && schema.enum.length === 1 && typeof schema.enum[0] === 'string') return schema.enum[0];
  return undefined;
}

function hoist(node: Node, components: Node) {
  const discriminator = node.discriminator as { propertyName?: string; mapping?: Record<string, string> } | undefined;
  if (!discriminator?.propertyName || !Array.isArray(node.oneOf) || typeof node.title !== 'string') return;
  const mapping: Record<string, string> = { ...discriminator.mapping };
  node.oneOf = node.oneOf.map((member: unknown) => {
    if (!isNode(member) || member.$ref) return member;
    const value = memberValue(member, discriminator.propertyName!);
    if (value === undefined) throw new Error(`A member of ${node.title as string} has no single value for "${discriminator.propertyName}".`);
    const name = `${node.title as string}${pascal(value)}`;
    if (components[name] && JSON.stringify(components[name]) !== JSON.stringify(member)) throw new Error(`Two schemas would be named ${name} in the OpenAPI document.`);
    components[name] = member;
    mapping[value] = `#/components/schemas/${name}`;
    return { $ref: mapping[value] };
  });
  node.discriminator = { ...discriminator, mapping };
}

function walk(value: unknown, components: Node) {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, components);
  } else if (isNode(value)) {
    hoist(value, components);
    for (const child of Object.values(value)) walk(child, components);
  }
}

/** A copy of the document with every titled discriminated union's members named in components. */
export function nameDiscriminatedMembers<T extends object>(document: T): T {
  const copy = structuredClone(document) as T & { components?: { schemas?: Node } };
  copy.components ??= {};
  const schemas: Node = (copy.components.schemas ??= {});
  walk((copy as Node).paths, schemas);
  return copy;
}
