// Templates grouped by who receives them, in the catalogue's order (DOMAIN.md §8).
import { AUDIENCES, type Audience } from '../../../../src/domain/messages/template-catalogue.ts';

/** Audiences in the order of the catalogue, each with its templates, the empty ones left out. */
export function byAudience<T extends { audience: string }>(items: T[]): { audience: Audience; items: T[] }[] {
  return AUDIENCES.map((audience) => ({ audience, items: items.filter((item) => item.audience === audience) })).filter(
    (group) => group.items.length > 0,
  );
}
