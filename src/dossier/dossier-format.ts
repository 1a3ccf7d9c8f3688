// The shape of a closing dossier's proof (docs/dossier.md): `manifest.json` lists every document
// of the zip with its size, SHA-256 and origin in the history; the summary PDF prints the
// manifest's SHA-256; `signature.json` signs, with the server's Ed25519 key, the SHA-256 of the
// manifest and of the summary. No file holds its own hash, so there is no circle.
import { createHash, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';

export const MANIFEST_NAME = 'manifest.json';
export const SIGNATURE_NAME = 'signature.json';
export const MANIFEST_FORMAT = 'gardien-dossier/1';
export const SIGNATURE_FORMAT = 'gardien-dossier-signature/1';

export interface ManifestOrigin {
  attachmentId: string;
  eventSeq: number | null;
  eventType: string | null;
  eventAt: string | null;
  actor: string | null;
}

export interface ManifestFile {
  path: string;
  size: number;
  sha256: string;
  mediaType: string;
  /** Null for what Gardien wrote itself (the note of missing files). */
  origin: ManifestOrigin | null;
}

export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  ticket: { agency: string; number: number; subject: string; closedAt: string | null };
  createdAt: string;
  /** The summary is named, not hashed: it prints this manifest's hash; signature.json holds its hash. */
  summary: { path: string; mediaType: 'application/pdf' };
  files: ManifestFile[];
}

export interface DossierSignature {
  format: typeof SIGNATURE_FORMAT;
  algorithm: 'Ed25519';
  keyFingerprint: string;
  publicKey: string;
  signedAt: string;
  /** Path in the zip → SHA-256 hex: the manifest and the summary. */
  signedHashes: Record<string, string>;
  /** Base64 Ed25519 signature of signedMessage(). */
  signature: string;
}

export function sha256Hex(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** SHA-256 hex of the public key's DER (SPKI): the key's fingerprint. */
export function keyFingerprint(publicKeyPem: string): string {
  return sha256Hex(createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' }));
}

/** A new Ed25519 key pair as PEM, with its fingerprint. */
export function newDossierKey(): { publicKey: string; privateKey: string; fingerprint: string } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519', {
    publicKeyEncoding: { type: 'spki', format: 'pem' },
    privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  });
  return { publicKey, privateKey, fingerprint: keyFingerprint(publicKey) };
}

/** The exact bytes signed: one line per field, the hashes sorted by path. Anyone can rebuild it
 * from signature.json's fields. */
export function signedMessage(fields: Pick<DossierSignature, 'keyFingerprint' | 'signedAt' | 'signedHashes'>): Buffer {
  const lines = [SIGNATURE_FORMAT, `key ${fields.keyFingerprint}`, `signedAt ${fields.signedAt}`];
  for (const path of Object.keys(fields.signedHashes).sort()) lines.push(`sha256 ${fields.signedHashes[path]} ${path}`);
  return Buffer.from(lines.join('\n') + '\n', 'utf8');
}

/** signature.json's content for these hashes. */
export function signDossier(key: { publicKey: string; privateKey: string; fingerprint: string }, signedAt: Date, signedHashes: Record<string, string>): DossierSignature {
  const fields = { keyFingerprint: key.fingerprint, signedAt: signedAt.toISOString(), signedHashes };
  const signature = sign(null, signedMessage(fields), key.privateKey).toString('base64');
  return { format: SIGNATURE_FORMAT, algorithm: 'Ed25519', ...fields, publicKey: key.publicKey, signature };
}

/** Whether the signature verifies with the public key it carries (a bad key is a no). */
export function signatureVerifies(signature: DossierSignature): boolean {
  try {
    return verify(null, signedMessage(signature), signature.publicKey, Buffer.from(signature.signature, 'base64'));
  } catch {
    return false;
  }
}
