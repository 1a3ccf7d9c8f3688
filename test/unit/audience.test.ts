// The audience rule of the cockpit's tools (src/domain/community/audience.ts) against the matrix
// worked out by hand (test/support/audience-matrix.ts), and what an audience may hold.
import { describe, expect, it } from 'vitest';
import { audienceIncludes, audienceProblem, normalizeAudience, type Audience } from '../../src/domain/community/audience.ts';
import { AUDIENCE_MATRIX, PLACE, RESIDENTS } from '../support/audience-matrix.ts';

describe('who an audience reaches', () => {
  for (const { name, audience, reaches } of AUDIENCE_MATRIX) {
    it(`when an item is meant for ${name}, then exactly ${reaches.length ? reaches.join(', ') : 'nobody'} see it`, () => {
      const seen = Object.entries(RESIDENTS).filter(([, relations]) => audienceIncludes(audience, relations)).map(([who]) => who);
      expect(seen).toEqual(reaches);
    });
  }

  it('when a resident has no relation of today (moved out), then no audience reaches them, not even the agency', () => {
    expect(AUDIENCE_MATRIX.some(({ audience }) => audienceIncludes(audience, RESIDENTS.formerTenant!))).toBe(false);
  });
});

describe('what an audience may hold', () => {
  it('when an audience names no target, or an unknown relation, then it says which field and why', () => {
    expect(audienceProblem({})).toMatchObject({ field: 'audience' });
    expect(audienceProblem({ relations: ['tenant'] })).toMatchObject({ field: 'audience' });
    expect(audienceProblem({ agency: true, relations: ['landlord' as never] })).toMatchObject({ field: 'audience.relations' });
    expect(audienceProblem({ unitIds: [PLACE.U1] })).toBeNull();
  });

  it('when an audience is stored, then its lists are sorted, each value once, and empty lists left out', () => {
    const given: Audience = { agency: false, propertyIds: [PLACE.B, PLACE.A, PLACE.B], unitIds: [], relations: ['owner', 'tenant', 'owner'] };
    expect(normalizeAudience(given)).toEqual({ propertyIds: [PLACE.A, PLACE.B], relations: ['owner', 'tenant'] });
  });
});
