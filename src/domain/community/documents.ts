// The rules of documents (DOMAIN.md §15): what a folder belongs to, the types of documents.

/** What a folder is the folder of: the agency, a property (or building), a unit, a tenancy or
 * an ownership period (a person's relation to a unit), or one person. */
export const FOLDER_SCOPES = ['agency', 'property', 'unit', 'tenancy', 'ownership', 'person'] as const;
export type FolderScope = (typeof FOLDER_SCOPES)[number];
