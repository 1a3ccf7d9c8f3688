// Runs a CLI command with the database open, closing it (and the data lock) afterwards.
import { loadConfig } from '../config.ts';
import { openRuntime, type Runtime } from '../runtime/open-context.ts';

/** Opens the runtime, runs `work`, closes the runtime whatever happens. */
export async function withRuntime<T>(work: (runtime: Runtime) => Promise<T>): Promise<T> {
  const runtime = await openRuntime(loadConfig());
  try {
    return await work(runtime);
  } finally {
    await runtime.close();
  }
}
