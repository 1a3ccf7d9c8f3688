// The visibility rule of documents (documentVisibleTo, src/domain/community/documents.ts) as a SQL
// condition over a document and its folder, for a resident whose relations of today were read
// when they looked. test/integration/document-visibility-sql.test.ts holds it to the rule.
import { sql, type SQL } from 'drizzle-orm';
import { audienceCondition } from './audience-sql.ts';
import type { DocumentViewer } from '../../domain/community/documents.ts';

/** The columns the rule reads (SQL expressions, so a test can feed literals). */
export interface VisibilityColumns {
  documentPersonId: SQL;
  documentAudience: SQL;
  folderScope: SQL;
  folderPersonId: SQL;
  folderRelationId: SQL;
  folderAudience: SQL;
}

export function documentVisibleCondition(c: VisibilityColumns, viewer: DocumentViewer): SQL {
  const relationIds = viewer.relations.map((r) => r.id).filter((id): id is string => id !== null);
  const ofRelation = relationIds.length > 0 ? sql`${c.folderRelationId} in (${sql.join(relationIds.map((id) => sql`${id}::uuid`), sql`, `)})` : sql`false`;
  return sql`(case
    when ${c.documentPersonId} is not null then ${c.documentPersonId} = ${viewer.personId}::uuid
    when ${c.folderScope} = 'person' then coalesce(${c.folderPersonId} = ${viewer.personId}::uuid, false)
    when ${c.folderScope} in ('tenancy', 'ownership') then coalesce(${ofRelation}, false)
    else coalesce(${audienceCondition(sql`coalesce(${c.documentAudience}, ${c.folderAudience})`, viewer.relations)}, false)
  end)`;
}
