// The sign-in throttle's arithmetic: lockouts that double, attempts counted while they are
// checked (so parallel guesses cannot overtake the limit), and TRUST_PROXY read as a hop count.
import { describe, it, expect } from 'vitest';
import { lockoutDelayMs, SignInThrottle } from '../../src/auth/sign-in-throttle.ts';
import { loadConfig } from '../../src/config.ts';

describe('sign-in throttle', () => {
  it('when lockouts repeat, then each lasts twice the one before, at most a day', () => {
    expect([1, 2, 3, 4].map(lockoutDelayMs)).toEqual([15, 30, 60, 120].map((m) => m * 60_000));
    expect(lockoutDelayMs(30)).toBe(24 * 60 * 60_000);
  });

  it('when guesses arrive in parallel, then no more than the limit are let through', () => {
    const throttle = new SignInThrottle(3, 100, () => 0);
    let admitted = 0;
    for (let i = 0; i < 10; i++) {
      try {
        throttle.begin('Someone@Example.test', '192.0.2.1');
        admitted++;
      } catch {
        /* refused */
      }
    }
    expect(admitted).toBe(3);
    // the email is compared without case or spaces
    expect(() => throttle.begin(' someone@example.test', '192.0.2.2')).toThrow(/Too many/);
  });

  it('when a password turns out right, then its attempt is taken back from the account and the address', () => {
    const throttle = new SignInThrottle(2, 2, () => 0);
    throttle.begin('a@example.test', '192.0.2.1').succeeded();
    throttle.begin('b@example.test', '192.0.2.1').succeeded();
    throttle.begin('c@example.test', '192.0.2.1');
    expect(() => throttle.begin('d@example.test', '192.0.2.1')).not.toThrow();
    expect(() => throttle.begin('e@example.test', '192.0.2.1')).toThrow(/Too many/);
  });
});

describe('TRUST_PROXY', () => {
  it('is a number of hops: 1 and true mean one, nothing and 0 mean none, anything else is refused', () => {
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({}).trustProxy).toBe(0);
    expect(loadConfig({ TRUST_PROXY: '0' }).trustProxy).toBe(0);
    expect(() => loadConfig({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY/);
  });
});
