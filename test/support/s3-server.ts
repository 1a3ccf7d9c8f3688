// s3rver: a small S3-compatible server in JavaScript, on loopback, a random port and a temporary
// folder, with one bucket: the S3 store's tests and the several-servers test run against it.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { S3Settings } from '../../src/config.ts';

interface S3rverInstance {
  run(): Promise<{ port: number }>;
  close(): Promise<void>;
}
type S3rverClass = new (options: Record<string, unknown>) => S3rverInstance;

export interface S3Server {
  /** The bucket's settings, as the S3 store takes them. */
  settings: S3Settings;
  /** The same as environment variables, for a `gardien` process (STORAGE=s3 and S3_*). */
  env: Record<string, string>;
  close(): Promise<void>;
}

/** Starts s3rver with the bucket `gardien` (s3rver's fixed credentials: S3RVER / S3RVER). */
export async function startS3Server(): Promise<S3Server> {
  const S3rver = createRequire(import.meta.url)('s3rver') as S3rverClass;
  const directory = mkdtempSync(join(tmpdir(), 'gardien-s3rver-'));
  const server = new S3rver({ port: 0, address: '127.0.0.1', directory, silent: true, configureBuckets: [{ name: 'gardien' }] });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    settings: { endpoint, bucket: 'gardien', region: 'us-east-1', accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER', forcePathStyle: true },
    env: { STORAGE: 's3', S3_ENDPOINT: endpoint, S3_BUCKET: 'gardien', S3_ACCESS_KEY_ID: 'S3RVER', S3_SECRET_ACCESS_KEY: 'S3RVER' },
    close: async () => {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
