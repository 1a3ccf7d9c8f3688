// The demo agency's info articles (DOMAIN.md §15): the tool switched on for managers and
// assistants, and a few practical articles in French for its buildings, published.
import type { Db } from '../db/connection.ts';
import { insertArticle } from '../db/repositories/articles.ts';
import { articleSearchDocument } from '../domain/community/articles.ts';
import type { Audience } from '../domain/community/audience.ts';
import type { CommunityTools } from '../domain/community/tools.ts';
import { DEFAULT_COMMUNITY_TOOLS } from '../domain/community/tools.ts';

/** The demo's switches: articles, the news wall and bookings on (documents: demo-documents.ts). */
export const demoCommunityTools: CommunityTools = {
  ...DEFAULT_COMMUNITY_TOOLS,
  articles: { enabled: true, roles: ['manager', 'assistant'] },
  news: { enabled: true, roles: ['manager', 'assistant'] },
  bookings: { enabled: true, roles: ['manager', 'assistant'] },
};

const PUBLISHED_AT = new Date('2026-01-15T08:00:00Z');

/** Each for the agency or for properties by reference. */
const demoArticles: { title: string; category: string; properties?: string[]; body: string }[] = [
  {
    title: 'Chauffage collectif : mise en route et réglages',
    category: 'heating',
    properties: ['COP-001', 'COP-002'],
    body: '<p>Le chauffage collectif est mis en route mi-octobre et arrêté mi-avril. Si un radiateur reste froid, purgez-le d’abord (clé de purge, un chiffon), puis vérifiez que le robinet thermostatique est ouvert.</p><p>Si le problème continue, faites une demande en précisant la pièce et l’étage.</p>',
  },
  {
    title: 'Ordures ménagères et tri sélectif',
    category: 'waste',
    body: '<p>Les ordures ménagères sont collectées le lundi et le jeudi. Les bacs jaunes reçoivent emballages et papiers, le verre va au conteneur de la rue.</p><p>Les encombrants ne se déposent pas dans les parties communes : prenez rendez-vous avec la mairie.</p>',
  },
  {
    title: 'Parties communes : ce qui est permis',
    category: 'common_parts',
    body: '<p>Les halls, escaliers et paliers restent libres : ni vélos, ni poussettes, ni cartons. Les vélos ont leur local au sous-sol.</p><p>Une ampoule grillée ou une porte qui ferme mal se signale par une demande « parties communes ».</p>',
  },
  {
    title: 'Dégât des eaux : les bons réflexes',
    category: 'water',
    body: '<p>Coupez l’eau au robinet d’arrêt, prévenez votre voisin du dessous ou du dessus, prenez des photos. Déclarez le sinistre à votre assureur sous cinq jours ouvrés et faites une demande avec vos photos.</p>',
  },
  {
    title: 'Interphone et badges de l’Immeuble Voltaire',
    category: 'security',
    properties: ['GER-010'],
    body: '<p>Un badge perdu se remplace auprès de l’agence. L’interphone appelle le numéro que vous nous avez donné : pensez à nous dire s’il change.</p>',
  },
];

/** Switches the tool on and writes the articles (in the demo's transaction). */
export async function loadDemoArticles(db: Db, ids: { organizationId: string; properties: Record<string, string>; managerId: string }): Promise<void> {
  for (const a of demoArticles) {
    const audience: Audience = a.properties ? { propertyIds: a.properties.map((ref) => ids.properties[ref]!).sort() } : { agency: true };
    await insertArticle(db, {
      organizationId: ids.organizationId, title: a.title, body: a.body, category: a.category, audience, state: 'published', publishAt: PUBLISHED_AT, language: 'fr',
      createdById: ids.managerId, updatedById: ids.managerId, createdAt: PUBLISHED_AT, updatedAt: PUBLISHED_AT,
      searchDocument: articleSearchDocument(a),
    });
  }
}
