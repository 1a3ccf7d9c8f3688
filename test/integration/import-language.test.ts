// The CSV import in the importing user's language: trades named as the app shows them
// ("Plomberie", "électricité", "Espaces verts", or in English, or by code) are accepted, and every
// error comes back as a sentence in French (the default, or the user's preference) or in English
// (`?lang=en`, or a user who works in English).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { findOrganizationBySlug } from '../../src/db/repositories/users.ts';
import { createUser } from '../../src/masterdata/users.ts';

let t: TestApp;
let admin: string;

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin@demo.gardien.test');
});
afterAll(() => t?.close());

function importFile(csv: Buffer | string, options: { lang?: 'fr' | 'en'; cookie?: string; dryRun?: boolean } = {}) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/imports/contractors?dryRun=${options.dryRun ?? false}${options.lang ? `&lang=${options.lang}` : ''}`,
    headers: { cookie: options.cookie ?? admin, 'content-type': 'text/csv; charset=utf-8' },
    payload: csv,
  });
}

const BAD = [
  'external_ref;name;trades;emails',
  'F-060;Mauvais Mail;Peinture;pas-un-email',
  'F-061;Métier Inconnu;Plomberie|Astrologie;',
  'F-060;Doublon;Toiture;',
  'F-062;;;',
].join('\n');

describe('the CSV import in the user\u2019s language', () => {
  it('when contractors name their trades as the app shows them, in French or English, any case or accents, then the import succeeds with the trades\u2019 codes', async () => {
    const csv = [
      'external_ref;name;trades',
      'F-050;Plomberie Garnier;Plomberie|électricité',
      'F-051;Jardins & Co;ESPACES VERTS|Dératisation, désinsectisation',
      'F-052;Glass Ltd;Glazing|roofing',
      'F-053;Maçonnerie Morel;maconnerie|Travaux Généraux',
    ].join('\n');
    const response = await importFile(csv);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ created: 4, updated: 0, unchanged: 0 });
    const contractors = (await t.call(admin, 'GET', '/api/v1/contractors?limit=200')).json().items as { externalRef: string; trades: string[] }[];
    const trades = (ref: string) => [...contractors.find((c) => c.externalRef === ref)!.trades].sort();
    expect(trades('F-050')).toEqual(['electricity', 'plumbing']);
    expect(trades('F-051')).toEqual(['gardening', 'pest_control']);
    expect(trades('F-052')).toEqual(['glazing', 'roofing']);
    expect(trades('F-053')).toEqual(['general_works', 'masonry']);
    // The same file again changes nothing: "Plomberie" is the stored "plumbing".
    expect((await importFile(csv, { dryRun: true })).json()).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
  });

  it('when a bad file is imported by a French-speaking user, then every error is a French sentence naming the trades in French', async () => {
    const response = await importFile(BAD);
    expect(response.statusCode).toBe(422);
    const { message, details } = response.json().error;
    expect(message).toMatch(/^Le fichier contient 5 erreurs ; rien n'a été écrit\. La première est à la ligne 2, colonne emails : /);
    expect(details.errors).toEqual([
      { line: 2, field: 'emails', message: "« pas-un-email » n'est pas une adresse email valide." },
      { line: 3, field: 'trades', message: expect.stringMatching(/^« Astrologie » n'est pas un métier connu ; les métiers sont Plomberie, Électricité, .*, Travaux généraux\.$/) },
      { line: 4, field: 'external_ref', message: '« F-060 » figure déjà à la ligne 2 : un enregistrement ne peut apparaître qu\'une fois dans un fichier.' },
      { line: 5, field: 'name', message: 'La colonne « name » est obligatoire pour un nouvel intervenant.' },
      { line: 5, field: 'trades', message: 'La colonne « trades » est obligatoire pour un nouvel intervenant.' },
    ]);
  });

  it('when the same file is imported asking for English, or by a user who works in English, then the errors are English sentences', async () => {
    const english = [
      { line: 2, field: 'emails', message: '"pas-un-email" is not a valid email address.' },
      { line: 3, field: 'trades', message: expect.stringMatching(/^"Astrologie" is not a known trade; the trades are Plumbing, Electricity, .*, General works\.$/) },
      { line: 4, field: 'external_ref', message: '"F-060" is already on line 2: a record may appear only once in a file.' },
      { line: 5, field: 'name', message: 'The column "name" is required for a new contractor.' },
      { line: 5, field: 'trades', message: 'The column "trades" is required for a new contractor.' },
    ];
    const asked = await importFile(BAD, { lang: 'en' });
    expect(asked.statusCode).toBe(422);
    expect(asked.json().error.message).toMatch(/^The file has 5 errors; nothing was written\./);
    expect(asked.json().error.details.errors).toEqual(english);

    const organizationId = (await findOrganizationBySlug(t.ctx.db, 'demo'))!.id;
    await createUser(t.ctx, organizationId, { email: 'data@demo.gardien.test', name: 'Data Admin', roles: ['master_data_admin'], language: 'en', password: 'data-admin-password-1' });
    const englishUser = await t.login('data@demo.gardien.test', 'data-admin-password-1');
    expect((await importFile(BAD, { cookie: englishUser })).json().error.details.errors).toEqual(english);
  });

  it('when the file is not UTF-8, then the refusal says so in the user\u2019s language', async () => {
    const latin1 = Buffer.from('external_ref,name,trades\nF-070,Élagage Dubois,Espaces verts\n', 'latin1');
    const french = (await importFile(latin1)).json().error.details.errors;
    expect(french).toEqual([{ line: 2, field: null, message: expect.stringContaining("n'est pas un texte UTF-8 valide") }]);
    const english = (await importFile(latin1, { lang: 'en' })).json().error.details.errors;
    expect(english).toEqual([{ line: 2, field: null, message: expect.stringContaining('is not valid UTF-8 text') }]);
  });
});
