// Limits on wrong passwords, counted where they come from and where they aim:
// - per account (the email as typed, lower-cased, known or not, so that the answer says
//   nothing about which emails exist): after `perAccount` failures the account refuses
//   sign-in, correct password included, for a delay that doubles with each lockout
//   (15 minutes, 30, 1 hour… at most 24 hours); a correct password forgives it all;
// - per address: after `perAddress` failures in 15 minutes, that address may not try any
//   account, so one address cannot sweep many emails. Correct passwords are never counted,
//   so colleagues behind one office address are not refused because one of them mistyped.
// An attempt is counted as a failure while its password is being checked, so parallel
// guesses cannot overtake the limit; a success takes its count back.
// Kept in the process's memory, like the links' limits (link-attempts.ts).
import { DomainError } from '../domain/errors.ts';

const WINDOW_MS = 15 * 60_000;
const FIRST_LOCK_MS = 15 * 60_000;
const LONGEST_LOCK_MS = 24 * 60 * 60_000;
/** Lockouts are forgotten after this long without a failure. */
const STRIKES_KEPT_MS = 24 * 60 * 60_000;
const MAX_ENTRIES = 50_000;

interface AccountAttempts { failures: number; strikes: number; lockedUntil: number; lastFailureAt: number }
interface AddressAttempts { failures: number; resetAt: number }

/** The delay of the n-th lockout (n from 1). */
export function lockoutDelayMs(strike: number): number {
  return Math.min(LONGEST_LOCK_MS, FIRST_LOCK_MS * 2 ** Math.max(0, strike - 1));
}

export class SignInThrottle {
  private readonly accounts = new Map<string, AccountAttempts>();
  private readonly addresses = new Map<string, AddressAttempts>();
  private readonly perAccount: number;
  private readonly perAddress: number;
  private readonly now: () => number;

  constructor(perAccount: number, perAddress: number, now: () => number = Date.now) {
    this.perAccount = perAccount;
    this.perAddress = perAddress;
    this.now = now;
  }

  private account(email: string): AccountAttempts {
    const now = this.now();
    let entry = this.accounts.get(email);
    if (entry && entry.lockedUntil <= now && now - entry.lastFailureAt > STRIKES_KEPT_MS) entry = undefined;
    if (!entry) {
      if (this.accounts.size > MAX_ENTRIES) {
        for (const [key, e] of this.accounts) if (e.lockedUntil <= now && now - e.lastFailureAt > WINDOW_MS) this.accounts.delete(key);
      }
      entry = { failures: 0, strikes: 0, lockedUntil: 0, lastFailureAt: 0 };
      this.accounts.set(email, entry);
    }
    // failures older than the window no longer count towards the next lockout
    if (entry.failures > 0 && entry.lockedUntil <= now && now - entry.lastFailureAt > WINDOW_MS) entry.failures = 0;
    return entry;
  }

  private address(ip: string): AddressAttempts {
    const now = this.now();
    let entry = this.addresses.get(ip);
    if (!entry || entry.resetAt <= now) {
      if (this.addresses.size > MAX_ENTRIES) for (const [key, e] of this.addresses) if (e.resetAt <= now) this.addresses.delete(key);
      entry = { failures: 0, resetAt: now + WINDOW_MS };
      this.addresses.set(ip, entry);
    }
    return entry;
  }

  /**
   * Throws too_many_attempts when this email or this address may not try now; otherwise counts
   * the attempt as a failure and returns what to call when the password turns out right.
   */
  begin(emailInput: string, ip: string): { succeeded: () => void } {
    const email = emailInput.trim().toLowerCase();
    const now = this.now();
    const account = this.account(email);
    const address = this.address(ip);
    if (account.lockedUntil > now || address.failures >= this.perAddress) {
      throw new DomainError('too_many_attempts', 'Too many wrong passwords; wait a few minutes and try again.');
    }
    account.failures += 1;
    account.lastFailureAt = now;
    address.failures += 1;
    if (account.failures >= this.perAccount) {
      account.strikes += 1;
      account.failures = 0;
      account.lockedUntil = now + lockoutDelayMs(account.strikes);
    }
    return {
      succeeded: () => {
        this.accounts.delete(email);
        if (address.failures > 0) address.failures -= 1;
      },
    };
  }
}
