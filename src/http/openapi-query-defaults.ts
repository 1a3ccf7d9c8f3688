// A query parameter with a default (`limit`, 50) need not be sent, but the generator marks every
// property TypeBox does not call optional as required. In the document such a parameter is made
// optional, so that a generated client does not ask for it.

interface Parameter { in?: string; required?: boolean; schema?: { default?: unknown } }

/** The document with query parameters that have a default marked not required (in place). */
export function optionalDefaultedQueries<T extends object>(document: T): T {
  const paths = (document as { paths?: Record<string, Record<string, unknown> | undefined> }).paths ?? {};
  for (const item of Object.values(paths)) {
    for (const operation of Object.values(item ?? {})) {
      const parameters = (operation as { parameters?: Parameter[] } | undefined)?.parameters;
      for (const parameter of parameters ?? []) {
        if (parameter.in === 'query' && parameter.required && parameter.schema?.default !== undefined) parameter.required = false;
      }
    }
  }
  return document;
}
