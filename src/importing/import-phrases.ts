// Every sentence an import says about a file, in French and in English: the file and its header,
// a row's cells, the references a row makes. Checks build a Phrase (both languages); the plan
// keeps the one of the importing user (plan-import.ts).
import type { Language } from '../domain/master-data.ts';

export type Phrase = Readonly<Record<Language, string>>;

const fr = (value: unknown) => `« ${String(value)} »`;
const en = (value: unknown) => `"${String(value)}"`;
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** What a file of each kind holds, as the French says "un fichier de …". */
const FILE_OF: Record<string, Phrase> = {
  users: { fr: "d'utilisateurs", en: 'users' },
  properties: { fr: 'de biens', en: 'properties' },
  units: { fr: 'de lots', en: 'units' },
  persons: { fr: 'de personnes', en: 'persons' },
  relations: { fr: 'de relations', en: 'relations' },
  contractors: { fr: "d'intervenants", en: 'contractors' },
};

/** "a new contractor", "un nouvel intervenant". */
const A_NEW: Record<string, Phrase> = {
  users: { fr: 'un nouvel utilisateur', en: 'a new user' },
  properties: { fr: 'un nouveau bien', en: 'a new property' },
  units: { fr: 'un nouveau lot', en: 'a new unit' },
  persons: { fr: 'une nouvelle personne', en: 'a new person' },
  relations: { fr: 'une nouvelle relation', en: 'a new relation' },
  contractors: { fr: 'un nouvel intervenant', en: 'a new contractor' },
};

const of = (table: Record<string, Phrase>, kind: string, language: Language) => table[kind]?.[language] ?? kind;

export const PHRASES = {
  // the file and its header
  notUtf8: {
    fr: "Le fichier n'est pas un texte UTF-8 valide (il est peut-être en Windows-1252 ou Latin-1) : enregistrez-le en « CSV UTF-8 » et réessayez.",
    en: 'The file is not valid UTF-8 text (it may be Windows-1252 or Latin-1); save it as "CSV UTF-8" and try again.',
  },
  empty: {
    fr: "Le fichier est vide : il lui faut une ligne d'en-tête et au moins une ligne à importer.",
    en: 'The file is empty: it needs a header line and at least one row.',
  },
  noRows: { fr: "Le fichier a une ligne d'en-tête mais aucune ligne à importer.", en: 'The file has a header line but no rows to import.' },
  unreadable: (detail: string): Phrase => ({ fr: `Le fichier ne peut pas être lu comme un CSV (${detail}).`, en: `The file cannot be read as CSV: ${detail}` }),
  headerNoName: (n: number): Phrase => ({ fr: `La colonne ${n} de l'en-tête n'a pas de nom.`, en: `Column ${n} of the header has no name.` }),
  headerTwice: (name: string): Phrase => ({ fr: `La colonne ${fr(name)} apparaît plusieurs fois dans l'en-tête.`, en: `The column ${en(name)} appears more than once in the header.` }),
  unknownColumn: (name: string, kind: string, known: string[]): Phrase => ({
    fr: `${fr(name)} n'est pas une colonne d'un fichier ${of(FILE_OF, kind, 'fr')} ; ses colonnes sont ${known.join(', ')}.`,
    en: `${en(name)} is not a column of a ${of(FILE_OF, kind, 'en')} file; its columns are ${known.join(', ')}.`,
  }),
  requiredColumn: (name: string): Phrase => ({ fr: `La colonne obligatoire ${fr(name)} manque dans l'en-tête.`, en: `The required column ${en(name)} is missing from the header.` }),
  cellCount: (cells: number, header: number): Phrase => ({
    fr: `Cette ligne a ${cells} ${plural(cells, 'cellule', 'cellules')} alors que l'en-tête en a ${header} : un séparateur manque ou n'est pas entre guillemets.`,
    en: `This row has ${cells} cells where the header has ${header}; check for a missing or unquoted delimiter.`,
  }),

  // a row
  requiredInEveryRow: (column: string): Phrase => ({ fr: `La colonne ${fr(column)} doit être remplie sur chaque ligne.`, en: `The column ${en(column)} must be filled in every row.` }),
  duplicate: (key: string, line: number): Phrase => ({
    fr: `${fr(key)} figure déjà à la ligne ${line} : un enregistrement ne peut apparaître qu'une fois dans un fichier.`,
    en: `${en(key)} is already on line ${line}: a record may appear only once in a file.`,
  }),
  requiredForNew: (column: string, kind: string): Phrase => ({
    fr: `La colonne ${fr(column)} est obligatoire pour ${of(A_NEW, kind, 'fr')}.`,
    en: `The column ${en(column)} is required for ${of(A_NEW, kind, 'en')}.`,
  }),
  rowInvalid: { fr: "Cette ligne n'est pas valide.", en: 'This row is not valid.' },

  // a cell against the API's rules
  notOneOf: (value: unknown, allowed: string[]): Phrase => ({
    fr: `${fr(value)} n'est pas une valeur possible ; les valeurs possibles sont ${allowed.join(', ')}.`,
    en: `${en(value)} must be one of ${allowed.join(', ')}.`,
  }),
  notATrade: (value: unknown, labels: Phrase[]): Phrase => ({
    fr: `${fr(value)} n'est pas un métier connu ; les métiers sont ${labels.map((l) => l.fr).join(', ')}.`,
    en: `${en(value)} is not a known trade; the trades are ${labels.map((l) => l.en).join(', ')}.`,
  }),
  notEmail: (value: unknown): Phrase => ({ fr: `${fr(value)} n'est pas une adresse email valide.`, en: `${en(value)} is not a valid email address.` }),
  notDate: (value: unknown): Phrase => ({ fr: `${fr(value)} n'est pas une date au format AAAA-MM-JJ.`, en: `${en(value)} is not a date in the form YYYY-MM-DD.` }),
  badForm: (value: unknown): Phrase => ({ fr: `${fr(value)} n'a pas la forme attendue.`, en: `${en(value)} does not have the expected form.` }),
  tooLong: (limit: number): Phrase => ({ fr: `Le texte dépasse ${limit} caractères.`, en: `The text is longer than ${limit} characters.` }),
  tooShort: (limit: number): Phrase => ({ fr: `Le texte doit compter au moins ${limit} ${plural(limit, 'caractère', 'caractères')}.`, en: `The text must have at least ${limit} ${plural(limit, 'character', 'characters')}.` }),
  twice: { fr: 'La liste contient deux fois la même valeur.', en: 'The list holds the same value twice.' },
  tooFew: (limit: number): Phrase => ({ fr: `La liste doit compter au moins ${limit} ${plural(limit, 'élément', 'éléments')}.`, en: `The list must have at least ${limit} ${plural(limit, 'item', 'items')}.` }),
  tooMany: (limit: number): Phrase => ({ fr: `La liste ne peut pas compter plus de ${limit} éléments.`, en: `The list may not have more than ${limit} items.` }),
  notValid: (value: unknown): Phrase => ({ fr: `${fr(value)} n'est pas une valeur valide.`, en: `${en(value)} is not a valid value.` }),

  // references and the kinds' own rules
  notUserEmail: (email: string): Phrase => ({ fr: `${fr(email)} n'est l'email d'aucun utilisateur de cette agence.`, en: `${en(email)} is not the email of a user of this agency.` }),
  emailTaken: (email: string): Phrase => ({ fr: `${fr(email)} : un autre utilisateur se connecte déjà avec cet email.`, en: `${en(email)}: another user already signs in with this email.` }),
  noPerson: (ref: string): Phrase => ({ fr: `Aucune personne de cette agence n'a la référence externe ${fr(ref)}.`, en: `No person of this agency has the external_ref ${en(ref)}.` }),
  noProperty: (ref: string): Phrase => ({ fr: `Aucun bien de cette agence n'a la référence externe ${fr(ref)}.`, en: `No property of this agency has the external_ref ${en(ref)}.` }),
  noUnit: (property: string, unit: string): Phrase => ({ fr: `Le bien ${fr(property)} n'a pas de lot ${fr(unit)}.`, en: `Property ${en(property)} has no unit ${en(unit)}.` }),
  endsBeforeStart: (end: string, start: string): Phrase => ({
    fr: `La fin (${end}) précède le début (${start}) : une période ne peut pas finir avant de commencer.`,
    en: `The end (${end}) comes before the start (${start}): a period cannot end before it starts.`,
  }),
  councilWithUnit: (kind: string): Phrase => ({
    fr: `La colonne unit_reference doit rester vide pour un ${kind} : un siège au conseil syndical appartient à la copropriété, pas à un lot.`,
    en: `The column unit_reference must be empty for a ${kind}: a council seat belongs to the co-ownership, not to a unit.`,
  }),
  notCoownership: (ref: string): Phrase => ({
    fr: `${fr(ref)} n'est pas une copropriété ; seule une copropriété a un conseil syndical.`,
    en: `${en(ref)} is not a co-ownership; only a co-ownership has an owners\u2019 council.`,
  }),
  unitRequired: (kind: string): Phrase => ({ fr: `La colonne unit_reference est obligatoire pour une relation ${kind}.`, en: `The column unit_reference is required for a ${kind} relation.` }),
  roleChange: {
    own_roles: { fr: 'Personne ne change ses propres rôles ; un autre administrateur le fait.', en: 'Nobody changes their own roles; another administrator does.' },
    role_not_held: { fr: 'Vous ne pouvez donner ou retirer que les rôles que vous avez vous-même.', en: 'You can only give or take away roles that you hold yourself.' },
  } as Record<string, Phrase>,
  notWritten: (error: string): Phrase => ({ fr: `Cette ligne n'a pas pu être écrite : ${error}`, en: error }),

  // the whole refusal
  refused: (count: number, first?: { line: number; field: string | null; message: string }): Phrase => ({
    fr: `Le fichier contient ${count} ${plural(count, 'erreur', 'erreurs')} ; rien n'a été écrit.${first ? ` La première est à la ligne ${first.line}${first.field ? `, colonne ${first.field}` : ''} : ${first.message}` : ''}`,
    en: `The file has ${count} error${count === 1 ? '' : 's'}; nothing was written.${first ? ` The first is on line ${first.line}${first.field ? `, ${first.field}` : ''}: ${first.message}` : ''}`,
  }),
} as const;
