// The whole schema, one module per area; drizzle-kit generates migrations from it.
export * from './organizations.ts';
export * from './users.ts';
export * from './properties.ts';
export * from './persons.ts';
export * from './contractors.ts';
export * from './settings.ts';
export * from './tickets.ts';
export * from './messages.ts';
export * from './password-resets.ts';
export * from './inbound.ts';
export * from './portal.ts';
export * from './reports.ts';
export * from './articles.ts';
export * from './news.ts';
export * from './documents.ts';
export * from './companies.ts';
export * from './bookings.ts';
