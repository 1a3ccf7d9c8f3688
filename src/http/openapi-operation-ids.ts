// The operationId of every route in the OpenAPI document, derived from its method and path so
// that generated clients get readable, stable and unique method names without each route naming
// one (a route's own `schema.operationId` wins). The rule, read on `/api/v1/...` minus its prefix:
// - the words are the static segments in camelCase; a segment followed by a parameter is one
//   item of its collection, so it is made singular (`tickets/{number}/events` → ticket events);
// - the parameters at the end become `By…And…` (`templates/{key}/{channel}/{language}`);
//   a parameter in the middle is implied by the singular before it;
// - the verb comes from the method (VERBS); a GET or a POST whose path ends in a plural word
//   lists, or creates one item of, that collection; any other POST is an action named by its
//   last word (`articles/{id}/publish` → articlePublish, `auth/login` → authLogin).

/** The verb of each method, and of the two forms of GET and POST. */
const VERBS = {
  GET: { item: 'get', collection: 'list', other: 'get' },
  POST: { item: 'create', collection: 'create', other: '' },
  PUT: { item: 'set', collection: 'set', other: 'set' },
  PATCH: { item: 'update', collection: 'update', other: 'update' },
  DELETE: { item: 'delete', collection: 'delete', other: 'delete' },
} as const;

/** Words ending in -s that are not plurals of an item (GET /settings reads one thing). */
const NOT_PLURAL = new Set(['settings', 'sms', 'status', 'ics']);
/** Collections whose one item has the same name. */
const SAME_IN_SINGULAR = new Set(['news', 'outbox']);

const API_PREFIX = '/api/v1/';

function isParam(segment: string) {
  return segment.startsWith(':') || segment.startsWith('{');
}

function paramName(segment: string) {
  return segment.replace(/^[:{]|\}$/g, '');
}

/** `legal-space`, `summary.pdf` → its words. */
function wordsOf(segment: string): string[] {
  return segment.split(/[-_.]/).filter(Boolean).map((w) => w.toLowerCase());
}

function isPlural(word: string) {
  if (SAME_IN_SINGULAR.has(word)) return true;
  return word.length > 2 && word.endsWith('s') && !word.endsWith('ss') && !NOT_PLURAL.has(word);
}

function singular(word: string) {
  if (!isPlural(word) || SAME_IN_SINGULAR.has(word)) return word;
  return word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.slice(0, -1);
}

const capital = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** The derived operationId of `method url` (url as Fastify or OpenAPI writes it). */
export function operationIdFor(method: string, url: string): string {
  const path = url.startsWith(API_PREFIX) ? url.slice(API_PREFIX.length) : url.replace(/^\//, '');
  const segments = path.split('/').filter(Boolean);
  let end = segments.length;
  while (end > 0 && isParam(segments[end - 1]!)) end--;
  const trailing = segments.slice(end).map(paramName);
  const words: string[] = [];
  segments.slice(0, end).forEach((segment, index) => {
    if (isParam(segment)) return;
    const parts = wordsOf(segment);
    if (index + 1 < segments.length && isParam(segments[index + 1]!)) parts.push(singular(parts.pop()!));
    words.push(...parts);
  });
  const verbs = VERBS[method.toUpperCase() as keyof typeof VERBS];
  if (!verbs) throw new Error(`No operationId rule for the method ${method}.`);
  const last = words.at(-1) ?? '';
  const verb: string = trailing.length > 0 ? verbs.item : isPlural(last) ? verbs.collection : verbs.other;
  if (verb === 'create' && trailing.length === 0) words.push(singular(words.pop()!));
  const by = trailing.length > 0 ? `By${trailing.map(capital).join('And')}` : '';
  const name = [verb, ...words].filter(Boolean).map((w, i) => (i === 0 ? w : capital(w))).join('') + by;
  return name.charAt(0).toLowerCase() + name.slice(1);
}
