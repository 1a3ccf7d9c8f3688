// Whether a closing dossier is as the server made it (docs/dossier.md): the signature verifies
// with the key it names, that key is one of this server's, the manifest is the one signed, the
// summary is the one signed, and every document is in the zip with the size and SHA-256 the
// manifest gives, nothing more. The verdict lists every finding, not only the first.
import { Type, type Static } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';
import type { Db } from '../db/connection.ts';
import { isServerKey } from './dossier-key.ts';
import { MANIFEST_FORMAT, MANIFEST_NAME, SIGNATURE_FORMAT, SIGNATURE_NAME, keyFingerprint, signatureVerifies, type DossierSignature } from './dossier-format.ts';
import { readDossierZip, type DossierLimits, type ReadDossier } from './read-dossier-zip.ts';

const Sha256 = Type.String({ pattern: '^[0-9a-f]{64}$' });

const ManifestSchema = Type.Object({
  format: Type.Literal(MANIFEST_FORMAT),
  ticket: Type.Object({ agency: Type.String(), number: Type.Integer(), subject: Type.String(), closedAt: Type.Union([Type.String(), Type.Null()]) }),
  createdAt: Type.String(),
  summary: Type.Object({ path: Type.String() }),
  files: Type.Array(Type.Object({ path: Type.String(), size: Type.Integer({ minimum: 0 }), sha256: Sha256 })),
});

const SignatureSchema = Type.Object({
  format: Type.Literal(SIGNATURE_FORMAT),
  algorithm: Type.Literal('Ed25519'),
  keyFingerprint: Sha256,
  publicKey: Type.String(),
  signedAt: Type.String(),
  signedHashes: Type.Record(Type.String(), Sha256),
  signature: Type.String(),
});

export const FINDING_CODES = [
  'manifest_missing', 'manifest_unreadable', 'manifest_altered',
  'signature_missing', 'signature_unreadable', 'signature_invalid', 'key_unknown',
  'file_changed', 'file_missing', 'extra_file', 'duplicate_entry',
] as const;
export type FindingCode = (typeof FINDING_CODES)[number];

export interface DossierFinding {
  code: FindingCode;
  /** The file concerned, for the findings about one file. */
  path?: string;
}

export type DossierVerdictCode = 'intact' | 'altered' | 'not_a_dossier';

export interface DossierVerdict {
  verdict: DossierVerdictCode;
  /** What the manifest says of the ticket, when it can be read (even altered: it is what the zip claims). */
  ticket: Static<typeof ManifestSchema>['ticket'] | null;
  createdAt: string | null;
  keyFingerprint: string | null;
  /** How many files the manifest lists. */
  files: number;
  findings: DossierFinding[];
}

function parse<T>(bytes: Buffer | undefined, schema: Parameters<typeof Value.Check>[0]): T | undefined {
  if (!bytes) return undefined;
  try {
    const value: unknown = JSON.parse(bytes.toString('utf8'));
    return Value.Check(schema, value) ? (value as T) : undefined;
  } catch {
    return undefined;
  }
}

/** The findings of a read zip against its proof; `knownKey` says whether a key is the server's. */
export async function judgeDossier(read: ReadDossier, knownKey: (fingerprint: string, publicKey: string) => Promise<boolean>): Promise<DossierVerdict> {
  const findings: DossierFinding[] = [];
  const manifest = parse<Static<typeof ManifestSchema>>(read.manifest, ManifestSchema);
  const signature = parse<DossierSignature>(read.signature, SignatureSchema);
  const verdict = (): DossierVerdict => ({
    verdict: findings.length === 0 ? 'intact' : 'altered',
    ticket: manifest?.ticket ?? null,
    createdAt: manifest?.createdAt ?? null,
    keyFingerprint: signature?.keyFingerprint ?? null,
    files: manifest?.files.length ?? 0,
    findings,
  });
  if (!read.manifest && !read.signature) return { ...verdict(), verdict: 'not_a_dossier', findings: [] };

  for (const path of new Set(read.duplicates)) findings.push({ code: 'duplicate_entry', path });
  const actual = new Map(read.entries.map((entry) => [entry.path, entry]));

  if (!read.signature) findings.push({ code: 'signature_missing' });
  else if (!signature) findings.push({ code: 'signature_unreadable' });
  else if (!signatureVerifies(signature) || keyFingerprint(signature.publicKey) !== signature.keyFingerprint) findings.push({ code: 'signature_invalid' });
  else if (!(await knownKey(signature.keyFingerprint, signature.publicKey))) findings.push({ code: 'key_unknown' });

  if (!read.manifest) findings.push({ code: 'manifest_missing' });
  else if (!manifest) findings.push({ code: 'manifest_unreadable' });
  if (read.manifest && signature && signature.signedHashes[MANIFEST_NAME] !== actual.get(MANIFEST_NAME)?.sha256) findings.push({ code: 'manifest_altered' });

  // What the signature covers besides the manifest (the summary), then what the manifest lists.
  const expected = new Map<string, { sha256: string; size?: number }>();
  for (const [path, sha256] of Object.entries(signature?.signedHashes ?? {})) if (path !== MANIFEST_NAME) expected.set(path, { sha256 });
  if (manifest && !signature) expected.set(manifest.summary.path, { sha256: '' });
  for (const file of manifest?.files ?? []) expected.set(file.path, { sha256: file.sha256, size: file.size });
  for (const [path, want] of expected) {
    const got = actual.get(path);
    if (!got) findings.push({ code: 'file_missing', path });
    else if (want.sha256 !== '' && (got.sha256 !== want.sha256 || (want.size !== undefined && got.size !== want.size))) findings.push({ code: 'file_changed', path });
  }
  for (const entry of read.entries) {
    if (entry.path !== MANIFEST_NAME && entry.path !== SIGNATURE_NAME && !expected.has(entry.path) && !(manifest && entry.path === manifest.summary.path)) {
      findings.push({ code: 'extra_file', path: entry.path });
    }
  }
  return verdict();
}

/** Reads the zip at `path` and judges it against this server's keys. Throws DomainError
 * `dossier_unreadable` when it is not a zip one can safely read. */
export async function verifyDossier(db: Db, path: string, limits?: DossierLimits): Promise<DossierVerdict> {
  const read = await readDossierZip(path, limits);
  return judgeDossier(read, (fingerprint, publicKey) => isServerKey(db, fingerprint, publicKey));
}
