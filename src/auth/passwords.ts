// Password hashing with argon2id (OWASP's recommended parameters).
import { hash, verify } from '@node-rs/argon2';

const OPTIONS = { algorithm: 2 /* Argon2id; the package's const enum cannot be imported under type stripping */, memoryCost: 19456, timeCost: 2, parallelism: 1 };

// Verifying against this when the email is unknown keeps both answers equally slow.
let dummyHash: Promise<string> | undefined;

/** Hashes a new password. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** Checks a password against a stored hash; with no hash, spends the same time and says no. */
export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  if (!storedHash) {
    dummyHash ??= hashPassword('timing-equaliser');
    await verify(await dummyHash, password).catch(() => false);
    return false;
  }
  return verify(storedHash, password).catch(() => false);
}

/** The password rule, shared by the API, the CLI and the import. */
export function passwordProblem(password: string): string | undefined {
  if (password.length < 10) return 'A password needs at least 10 characters.';
  if (password.length > 200) return 'A password has at most 200 characters.';
  return undefined;
}
