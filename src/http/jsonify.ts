// The type of a value once it went through JSON: dates become ISO strings, functions and
// undefined fields drop out. For the answer types the web app imports.

export type Jsonify<T> = T extends Date
  ? string
  : T extends string | number | boolean | null
    ? T
    : T extends undefined | ((...args: never[]) => unknown)
      ? never
      : T extends readonly (infer Item)[]
        ? Jsonify<Item>[]
        : T extends object
          ? { [K in keyof T as T[K] extends (...args: never[]) => unknown ? never : K]: Jsonify<T[K]> }
          : unknown;
