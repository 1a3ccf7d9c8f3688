// Use cases of persons: list, read (with relations), create (with relations), update.
import type { AppContext } from '../context.ts';
import type { Actor } from '../auth/actor.ts';
import { notFound } from '../domain/errors.ts';
import { personsRepository as repo, personsPage, relationsOfPersons } from '../db/repositories/master-data.ts';
import type { PersonInputT } from './person-input.ts';
import type { RelationInputT } from './relation-input.ts';
import { addRelation, updateRelationPeriod } from './relations.ts';

type PersonRow = NonNullable<Awaited<ReturnType<typeof repo.get>>>;

async function withRelations(ctx: AppContext, actor: Actor, people: PersonRow[]) {
  const relations = await relationsOfPersons(ctx.db, actor.organizationId, people.map((p) => p.id));
  return people.map((person) => ({ ...person, relations: relations.filter((r) => r.personId === person.id) }));
}

/** A page of the agency's persons, by name, each with its relations. */
export async function listPersons(ctx: AppContext, actor: Actor, limit: number, cursor?: string, q?: string) {
  const page = await personsPage(ctx.db, actor.organizationId, limit, cursor, q);
  return { items: await withRelations(ctx, actor, page.items), nextCursor: page.nextCursor };
}

/** One person with its relations. */
export async function getPerson(ctx: AppContext, actor: Actor, id: string) {
  const person = await repo.get(ctx.db, actor.organizationId, id);
  if (!person) throw notFound('Person');
  return (await withRelations(ctx, actor, [person]))[0]!;
}

/** Adds a person and its relations, all or nothing. */
export async function createPerson(ctx: AppContext, actor: Actor, input: PersonInputT) {
  const { relations = [], ...fields } = input;
  const id = await ctx.db.transaction(async (tx) => {
    const person = await repo.insert(tx, { ...fields, organizationId: actor.organizationId });
    for (const relation of relations) await addRelation(tx, actor.organizationId, person.id, relation);
    return person.id;
  });
  return getPerson(ctx, actor, id);
}

/** Changes a person's own fields. */
export async function updatePerson(ctx: AppContext, actor: Actor, id: string, patch: Omit<Partial<PersonInputT>, 'relations'>) {
  const updated = await repo.update(ctx.db, actor.organizationId, id, patch);
  if (!updated) throw notFound('Person');
  return getPerson(ctx, actor, id);
}

/** Adds a relation to a person of the agency. */
export async function addPersonRelation(ctx: AppContext, actor: Actor, personId: string, input: RelationInputT) {
  await getPerson(ctx, actor, personId);
  await addRelation(ctx.db, actor.organizationId, personId, input);
  return getPerson(ctx, actor, personId);
}

/** Changes the period of one of a person's relations. */
export async function updatePersonRelation(
  ctx: AppContext,
  actor: Actor,
  personId: string,
  relationId: string,
  patch: { startsOn?: string | null; endsOn?: string | null },
) {
  await updateRelationPeriod(ctx.db, actor.organizationId, personId, relationId, patch);
  return getPerson(ctx, actor, personId);
}
