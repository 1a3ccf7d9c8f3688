// Tenant companies (DOMAIN.md §15, API.md Community tools): the staff routes /companies (the tool
// switched on and one of its roles, else 404 tool_off / 403 tool_not_allowed) and the residents'
// /portal/company (the companies they work for; their admin invites colleagues).
import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import type { AppContext } from '../../context.ts';
import type { CompanyRow } from '../../db/repositories/companies.ts';
import { listCompanies } from '../../community/companies/list-companies.ts';
import { getCompany } from '../../community/companies/get-company.ts';
import { changeCompany, createCompany } from '../../community/companies/save-company.ts';
import { removeCompany } from '../../community/companies/remove-company.ts';
import { addCompanyMember } from '../../community/companies/add-company-member.ts';
import { removeCompanyMember, setCompanyAdmin } from '../../community/companies/change-company-member.ts';
import { inviteColleague, myCompanies } from '../../community/companies/my-companies.ts';
import { actorOf, residentOf } from '../access.ts';
import { Email, ErrorResponse, Name, Phone, STAFF_ERRORS, Uuid } from '../schemas/common.ts';

const tags = ['companies'];
const staff = { access: 'staff' as const };
const errors = { ...STAFF_ERRORS, 409: ErrorResponse, 422: ErrorResponse };

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) => Type.Union([schema, Type.Null()]);
const fields = {
  name: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
  propertyId: Nullable(Uuid),
  unitId: Nullable(Uuid),
  registrationNumber: Nullable(Type.String({ maxLength: 50 })),
};
const CreateBody = Type.Object({ name: fields.name, propertyId: Type.Optional(fields.propertyId), unitId: Type.Optional(fields.unitId), registrationNumber: Type.Optional(fields.registrationNumber) }, { additionalProperties: false });
const PatchBody = Type.Partial(Type.Object(fields), { additionalProperties: false, minProperties: 1 });
const NewPerson = Type.Object({ name: Name, email: Type.Optional(Nullable(Email)), phone: Type.Optional(Nullable(Phone)) }, { additionalProperties: false });
const MemberBody = Type.Object({
  personId: Type.Optional(Uuid),
  person: Type.Optional(NewPerson),
  isAdmin: Type.Optional(Type.Boolean()),
  invite: Type.Optional(Type.Boolean({ description: 'Also send the portal invitation (the company’s premises make them an occupant)' })),
}, { additionalProperties: false, minProperties: 1 });
const AdminBody = Type.Object({ isAdmin: Type.Boolean() }, { additionalProperties: false });
const IdParams = Type.Object({ id: Uuid }, { additionalProperties: false });
const MemberParams = Type.Object({ id: Uuid, personId: Uuid }, { additionalProperties: false });
const ListQuery = Type.Object({ q: Type.Optional(Type.String({ maxLength: 200 })) }, { additionalProperties: false });
const InviteBody = Type.Object({ name: Name, email: Email }, { additionalProperties: false });

const Company = Type.Object({
  id: Type.String(), name: Type.String(), propertyId: Nullable(Type.String()), unitId: Nullable(Type.String()), registrationNumber: Nullable(Type.String()),
  createdAt: Type.String(), updatedAt: Type.String(),
});
const CompanyListItem = Type.Object({ ...Company.properties, propertyName: Nullable(Type.String()), unitReference: Nullable(Type.String()), memberCount: Type.Integer() });
const Member = Type.Object({ personId: Type.String(), name: Type.String(), emails: Type.Array(Type.String()), phones: Type.Array(Type.String()), portalStatus: Type.String(), isAdmin: Type.Boolean(), since: Type.String() });
const CompanyDetail = Type.Object({ company: Company, members: Type.Array(Member), ticketCount: Type.Integer() });
const Colleague = Type.Object({ personId: Type.String(), name: Type.String(), isAdmin: Type.Boolean(), portalStatus: Type.String() });
const MyCompany = Type.Object({ company: Type.Object({ id: Type.String(), name: Type.String() }), isAdmin: Type.Boolean(), colleagues: Nullable(Type.Array(Colleague)) });

export type CompanyListItemAnswer = Static<typeof CompanyListItem>;
export type CompanyDetailAnswer = Static<typeof CompanyDetail>;
export type MyCompanyAnswer = Static<typeof MyCompany>;

const presentCompany = (row: CompanyRow): Static<typeof Company> => ({
  id: row.id, name: row.name, propertyId: row.propertyId, unitId: row.unitId, registrationNumber: row.registrationNumber, createdAt: row.createdAt.toISOString(), updatedAt: row.updatedAt.toISOString(),
});
const presentDetail = (detail: Awaited<ReturnType<typeof getCompany>>) => ({
  company: presentCompany(detail.company), ticketCount: detail.ticketCount,
  members: detail.members.map((m) => ({ ...m, since: m.since.toISOString() })),
});
const presentMine = (rows: Awaited<ReturnType<typeof myCompanies>>) => ({ items: rows.map((r) => ({ company: { id: r.company.id, name: r.company.name }, isAdmin: r.isAdmin, colleagues: r.colleagues })) });

/** Registers /companies and /portal/company. */
export function companyRoutes(app: FastifyInstance, ctx: AppContext) {
  const id = (request: { params: unknown }) => (request.params as { id: string }).id;

  app.get('/companies', {
    config: staff,
    schema: { tags, summary: 'The agency’s tenant companies by name, with their premises and employee count; q: part of the name', querystring: ListQuery, response: { 200: Type.Object({ items: Type.Array(CompanyListItem), nextCursor: Type.Null() }), ...errors } },
    handler: async (request) => {
      const rows = await listCompanies(ctx, actorOf(request), (request.query as Static<typeof ListQuery>).q);
      return { items: rows.map((r) => ({ ...presentCompany(r.company), propertyName: r.propertyName, unitReference: r.unitReference, memberCount: r.memberCount })), nextCursor: null };
    },
  });
  app.post('/companies', {
    config: staff,
    schema: { tags, summary: 'Add a tenant company with its premises (a property of the agency, and one of its units)', body: CreateBody, response: { 201: CompanyDetail, ...errors } },
    handler: async (request, reply) => reply.code(201).send(presentDetail(await createCompany(ctx, actorOf(request), request.body as Static<typeof CreateBody>))),
  });
  app.get('/companies/:id', {
    config: staff,
    schema: { tags, summary: 'A company with its employees', params: IdParams, response: { 200: CompanyDetail, ...errors } },
    handler: async (request) => presentDetail(await getCompany(ctx, actorOf(request), id(request))),
  });
  app.patch('/companies/:id', {
    config: staff,
    schema: { tags, summary: 'Change a company: name, registration number, premises', params: IdParams, body: PatchBody, response: { 200: CompanyDetail, ...errors } },
    handler: async (request) => presentDetail(await changeCompany(ctx, actorOf(request), id(request), request.body as Static<typeof PatchBody>)),
  });
  app.delete('/companies/:id', {
    config: staff,
    schema: { tags, summary: 'Delete a company no ticket names (else 409 company_has_tickets)', params: IdParams, response: { 204: Type.Null(), ...errors } },
    handler: async (request, reply) => {
      await removeCompany(ctx, actorOf(request), id(request));
      return reply.code(204).send();
    },
  });
  app.post('/companies/:id/members', {
    config: staff,
    schema: { tags, summary: 'Add an employee: a person of the agency (personId) or a new one (person; an email another person has names that person); invite: send the portal invitation too', params: IdParams, body: MemberBody, response: { 200: CompanyDetail, ...errors } },
    handler: async (request) => presentDetail(await addCompanyMember(ctx, actorOf(request), id(request), request.body as Static<typeof MemberBody>)),
  });
  app.patch('/companies/:id/members/:personId', {
    config: staff,
    schema: { tags, summary: 'Make an employee the company’s admin, or not', params: MemberParams, body: AdminBody, response: { 200: CompanyDetail, ...errors } },
    handler: async (request) => {
      const { id: companyId, personId } = request.params as Static<typeof MemberParams>;
      return presentDetail(await setCompanyAdmin(ctx, actorOf(request), companyId, personId, (request.body as Static<typeof AdminBody>).isAdmin));
    },
  });
  app.delete('/companies/:id/members/:personId', {
    config: staff,
    schema: { tags, summary: 'Remove an employee from the company (the person stays)', params: MemberParams, response: { 200: CompanyDetail, ...errors } },
    handler: async (request) => {
      const { id: companyId, personId } = request.params as Static<typeof MemberParams>;
      return presentDetail(await removeCompanyMember(ctx, actorOf(request), companyId, personId));
    },
  });

  app.get('/portal/company', {
    config: { access: 'resident' as const },
    schema: { tags: ['portal'], summary: 'The companies the resident works for; an admin sees the colleagues (names and portal state)', response: { 200: Type.Object({ items: Type.Array(MyCompany) }), ...errors } },
    handler: async (request) => presentMine(await myCompanies(ctx, residentOf(request))),
  });
  app.post('/portal/company/:id/invitations', {
    config: { access: 'resident_write' as const },
    schema: { tags: ['portal'], summary: 'The company’s admin invites a colleague to the portal (added to the company; 403 not_company_admin otherwise)', params: IdParams, body: InviteBody, response: { 200: Type.Object({ items: Type.Array(MyCompany) }), ...errors } },
    handler: async (request) => presentMine(await inviteColleague(ctx, residentOf(request), id(request), request.body as Static<typeof InviteBody>)),
  });
}
