// The visibility rule of documents in SQL (src/db/repositories/document-visibility-sql.ts) gives,
// on PGlite and PostgreSQL, exactly what the rule gives and the table worked out by hand
// (test/support/document-matrix.ts).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { documentVisibleCondition } from '../../src/db/repositories/document-visibility-sql.ts';
import { documentVisibleTo, type DocumentFacts, type DocumentViewer } from '../../src/domain/community/documents.ts';
import { DOCUMENT_MATRIX, VIEWERS } from '../support/document-matrix.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

async function sqlSees(document: DocumentFacts, viewer: DocumentViewer): Promise<boolean> {
  const json = (value: unknown) => (value === null ? sql`null::jsonb` : sql`${JSON.stringify(value)}::jsonb`);
  const uuid = (value: string | null) => (value === null ? sql`null::uuid` : sql`${value}::uuid`);
  const condition = documentVisibleCondition({
    documentPersonId: sql`d.person_id`, documentAudience: sql`d.audience`, folderScope: sql`d.scope`,
    folderPersonId: sql`d.folder_person_id`, folderRelationId: sql`d.relation_id`, folderAudience: sql`d.folder_audience`,
  }, viewer);
  const result = await t.ctx.db.execute(sql`select ${condition} as seen from (select ${uuid(document.personId)} as person_id, ${json(document.audience)} as audience,
    ${document.folder.scope}::text as scope, ${uuid(document.folder.personId)} as folder_person_id, ${uuid(document.folder.relationId)} as relation_id, ${json(document.folder.audience)} as folder_audience) d`);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as { seen: boolean }[];
  return rows[0]!.seen;
}

describe('the visibility rule of documents in SQL', () => {
  it('when every document of the table is asked for every resident, then the database answers as the rule and the table', async () => {
    for (const { name, document, reaches } of DOCUMENT_MATRIX) {
      const seen: string[] = [];
      for (const [who, viewer] of Object.entries(VIEWERS)) {
        const inSql = await sqlSees(document, viewer);
        expect(inSql, `${name} / ${who}`).toBe(documentVisibleTo(document, viewer));
        if (inSql) seen.push(who);
      }
      expect(seen, name).toEqual(reaches);
    }
  });
});
