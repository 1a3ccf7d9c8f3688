// The file store the configuration asks for: STORAGE=disk (DATA_DIR/files) or STORAGE=s3.
import { join } from 'node:path';
import type { Config } from '../config.ts';
import type { FileStore } from './file-store.ts';
import { DiskFileStore } from './disk-file-store.ts';

/** Opens the configured store; nothing is contacted until the first put or get. The S3 SDK is
 * loaded only when it is used (it adds about 100 ms to a start). */
export async function openFileStore(config: Config): Promise<FileStore> {
  if (config.storage === 's3') {
    const { S3FileStore } = await import('./s3-file-store.ts');
    return new S3FileStore(config.s3!);
  }
  return new DiskFileStore(join(config.dataDir, 'files'));
}
