// A lock file in the data folder: PGlite takes none, and two processes writing one embedded
// database would corrupt it. A lock left by a dead process is taken over.
import { mkdirSync, openSync, writeSync, closeSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export class DataFolderBusyError extends Error {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes the data folder's lock; returns the function that releases it. */
export function acquireDataLock(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, 'gardien.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(path, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number(readFileSync(path, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && alive(pid)) {
        throw new DataFolderBusyError(
          `Another Gardien process (pid ${pid}) is using the data folder ${dataDir}. ` +
            'Stop it first, or give this one its own folder with DATA_DIR.',
        );
      }
      rmSync(path, { force: true }); // stale: its process is gone
    }
  }
  throw new DataFolderBusyError(`Could not take the lock of the data folder ${dataDir}.`);
}
