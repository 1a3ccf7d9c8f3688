// The demo agency's news wall (DOMAIN.md §15): an urgent notice pinned for the Immeuble Voltaire
// until its end date (marked as sent: loading the demo sends nothing), and a few info posts, one
// with comments from residents and the agency.
import type { Db } from '../db/connection.ts';
import { insertPost } from '../db/repositories/news.ts';
import { insertComment } from '../db/repositories/news-reactions.ts';

const DAY = 86_400_000;

/** Writes the posts (in the demo's transaction), dated around `now`. */
export async function loadDemoNews(db: Db, ids: { organizationId: string; properties: Record<string, string>; persons: Record<string, string>; managerId: string; now?: Date }): Promise<void> {
  const now = ids.now ?? new Date();
  const at = (days: number) => new Date(now.getTime() + days * DAY);
  const org = ids.organizationId;
  const common = { organizationId: org, authorUserId: ids.managerId, createdAt: at(-1), updatedAt: at(-1) };
  await insertPost(db, {
    ...common, kind: 'urgent', title: 'Coupure d’eau jeudi matin',
    body: '<p>Le service des eaux coupe l’alimentation de l’immeuble <strong>jeudi de 8 h à 12 h</strong> pour remplacer une vanne. Pensez à faire une réserve d’eau.</p>',
    audience: { propertyIds: [ids.properties['GER-010']!] }, publishAt: at(-1), endsAt: at(10), fannedOutAt: at(-1), commentsAllowed: false, likesAllowed: false,
  });
  const party = await insertPost(db, {
    ...common, kind: 'info', title: 'Fête des voisins le 30 mai',
    body: '<p>La fête des voisins a lieu dans la cour le samedi 30 mai à partir de 18 h. Chacun apporte un plat ou une boisson.</p>',
    audience: { agency: true }, publishAt: at(-3), createdAt: at(-3), updatedAt: at(-3),
  });
  await insertComment(db, { organizationId: org, postId: party.id, authorPersonId: ids.persons['P-011']!, body: 'Je m’occupe des tables pliantes.', createdAt: at(-2) });
  await insertComment(db, { organizationId: org, postId: party.id, authorUserId: ids.managerId, body: 'Merci ! Les poubelles seront sorties le lendemain matin.', createdAt: at(-2) });
  await insertPost(db, {
    ...common, kind: 'info', title: 'Entretien des chaudières collectives',
    body: '<p>Le chauffagiste passe la semaine prochaine pour l’entretien annuel. Aucune coupure n’est prévue.</p>',
    audience: { propertyIds: [ids.properties['COP-001']!, ids.properties['COP-002']!].sort() }, publishAt: at(-5), createdAt: at(-5), updatedAt: at(-5),
  });
}
