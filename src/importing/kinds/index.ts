// The kinds an import file can hold, in the order a first import loads them (each may name the
// ones before it).
import type { ImportKind } from '../import-kind.ts';
import { usersImport } from './users.ts';
import { propertiesImport } from './properties.ts';
import { unitsImport } from './units.ts';
import { personsImport } from './persons.ts';
import { relationsImport } from './relations.ts';
import { contractorsImport } from './contractors.ts';

export const IMPORT_KINDS: readonly ImportKind[] = [usersImport, propertiesImport, unitsImport, personsImport, relationsImport, contractorsImport];

/** The kind with this name (as typed on the command line or in the URL), or undefined. */
export function importKindNamed(name: string): ImportKind | undefined {
  return IMPORT_KINDS.find((kind) => kind.name === name.toLowerCase());
}
