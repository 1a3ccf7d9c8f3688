// When a session ends: after the idle time since its last use, and never past its maximum age.
import type { Config } from '../config.ts';

/** The expiry of a session created at `createdAt` and last used at `now`. */
export function sessionExpiry(config: Pick<Config, 'sessionIdleMinutes' | 'sessionMaxHours'>, createdAt: Date, now: Date): Date {
  const idle = now.getTime() + config.sessionIdleMinutes * 60_000;
  const absolute = createdAt.getTime() + config.sessionMaxHours * 3_600_000;
  return new Date(Math.min(idle, absolute));
}
