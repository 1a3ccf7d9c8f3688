// The permission table: who may do what, deny by default.
import { describe, it, expect } from 'vitest';
import { can, PERMISSIONS, ROLES, roleChangeProblem } from '../../src/domain/roles.ts';

describe('permissions', () => {
  it('when a user has no role, then nothing is allowed', () => {
    for (const permission of Object.keys(PERMISSIONS) as (keyof typeof PERMISSIONS)[]) expect(can([], permission)).toBe(false);
  });

  it('when a role is unknown, then it grants nothing', () => {
    expect(can(['superuser'], 'masterdata:write')).toBe(false);
  });

  it('when a user holds several roles, then the permissions add up', () => {
    expect(can(['manager'], 'masterdata:write')).toBe(false);
    expect(can(['manager', 'master_data_admin'], 'masterdata:write')).toBe(true);
  });

  it('when an external agent asks for master data, then it is refused (they see only tickets routed to them)', () => {
    expect(can(['external_agent'], 'masterdata:read')).toBe(false);
  });

  it('when the table is read, then every role it names exists', () => {
    for (const roles of Object.values(PERMISSIONS)) for (const role of roles) expect(ROLES).toContain(role);
  });
});

describe('who may change roles', () => {
  const admin = { actorId: 'a', actorRoles: ['app_admin', 'manager'] };
  it('when someone changes their own roles, then it is refused even to drop one; other fields of a role-less change pass', () => {
    expect(roleChangeProblem({ ...admin, targetId: 'a', before: ['app_admin', 'manager'], after: ['app_admin'] })?.code).toBe('own_roles');
    expect(roleChangeProblem({ ...admin, targetId: 'a', before: ['app_admin', 'manager'], after: ['manager', 'app_admin'] })).toBeUndefined();
  });
  it('when a role the actor does not hold is given or taken away, then it is refused; held roles pass', () => {
    expect(roleChangeProblem({ ...admin, before: [], after: ['master_data_admin'] })?.code).toBe('role_not_held');
    expect(roleChangeProblem({ ...admin, targetId: 'b', before: ['agent', 'manager'], after: ['manager'] })?.code).toBe('role_not_held');
    expect(roleChangeProblem({ ...admin, targetId: 'b', before: ['agent'], after: ['agent', 'manager', 'app_admin'] })).toBeUndefined();
  });
  it('when only app admins may manage users, then a master-data admin may not', () => {
    expect(can(['master_data_admin'], 'users:write')).toBe(false);
    expect(can(['app_admin'], 'users:write')).toBe(true);
  });
});
