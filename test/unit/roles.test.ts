// The permission table: who may do what, deny by default.
import { describe, it, expect } from 'vitest';
import { can, PERMISSIONS, ROLES } from '../../src/domain/roles.ts';

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
