// Test projects: unit tests once; integration tests on PGlite always, and on PostgreSQL when
// GARDIEN_TEST_POSTGRES_URL names a server (.ci/run sets it). In CI a missing server fails.
import { defineConfig } from 'vitest/config';

const postgresUrl = process.env.GARDIEN_TEST_POSTGRES_URL;
if (process.env.CI === 'true' && !postgresUrl) {
  throw new Error('CI=true but GARDIEN_TEST_POSTGRES_URL is not set: the PostgreSQL suite must run in CI.');
}

const integration = (name: 'pglite' | 'postgres') => ({
  extends: true as const,
  test: {
    name,
    include: ['test/integration/**/*.test.ts'],
    // Tests that need two processes on one database exist for PostgreSQL only; tests of the
    // embedded default (`serve` on its own PGlite) for PGlite only.
    exclude: name === 'pglite' ? ['test/integration/**/*.postgres.test.ts'] : ['test/integration/**/*.pglite.test.ts'],
    env: { GARDIEN_TEST_DB: name },
    globalSetup: ['test/support/global-setup.ts'],
  },
});

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      integration('pglite'),
      ...(postgresUrl ? [integration('postgres')] : []),
    ],
  },
});
