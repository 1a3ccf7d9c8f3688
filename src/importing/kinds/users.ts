// Importing staff users: keyed by email, which names one user across all agencies. Passwords are
// never imported (a CSV is no place for them): new users are created without one.
import { UserInput, type UserInputT } from '../../masterdata/user-input.ts';
import { LANGUAGES } from '../../domain/master-data.ts';
import { ROLES } from '../../domain/roles.ts';
import { listUsers, findUserByEmail, updateUser } from '../../db/repositories/users.ts';
import { createUser } from '../../masterdata/users.ts';
import { cellOf, joinList, loadAll, plainFields, type ColumnSpec, type ImportKind } from '../import-kind.ts';
import { PHRASES } from '../import-phrases.ts';

const columns: ColumnSpec[] = [
  { name: 'email', field: 'email', required: true, ignoreCase: true, help: 'sign-in email (the key; case does not matter)' },
  { name: 'name', field: 'name', help: 'full name (required for a new user)' },
  { name: 'roles', field: 'roles', list: 'set', help: `role codes separated by | (required for a new user): ${ROLES.join(', ')}` },
  { name: 'language', field: 'language', help: `${LANGUAGES.join(' | ')} (fr when new and empty)` },
  { name: 'phone', field: 'phone', help: 'one phone number' },
];

/** Staff users: one row per user, matched by email; never a password. */
export const usersImport: ImportKind = {
  name: 'users',
  noun: 'user',
  columns,
  schema: UserInput,
  keyOf: (cells) => cells.email?.toLowerCase(),

  async open(db, organizationId) {
    const rows = await loadAll((limit, cursor) => listUsers(db, organizationId, limit, cursor));
    const byEmail = new Map(rows.map((row) => [row.email.toLowerCase(), row]));
    return {
      find(cells) {
        const row = byEmail.get(cells.email?.toLowerCase() ?? '');
        if (!row) return undefined;
        return {
          id: row.id,
          cells: { email: row.email, name: row.name, roles: joinList(row.roles), language: row.language, phone: cellOf(row.phone) },
        };
      },
      async prepare(cells, problems) {
        const email = cells.email;
        // Sign-in names no agency, so an email taken elsewhere cannot be given to a user here.
        if (email && !byEmail.has(email.toLowerCase()) && (await findUserByEmail(db, email))) {
          problems.push({ column: 'email', message: PHRASES.emailTaken(email) });
        }
        return { input: plainFields(cells, columns) };
      },
    };
  },

  async write(ctx, organizationId, { action, id, values }) {
    if (action === 'create') await createUser(ctx, organizationId, values as UserInputT);
    else await updateUser(ctx.db, organizationId, id!, values);
  },
};
