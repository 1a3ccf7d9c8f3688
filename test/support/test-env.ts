// Which database the integration suite runs on, read from the environment that vitest.config.ts sets.

/** 'pglite' or 'postgres', per vitest project. */
export function testDatabaseKind(): 'pglite' | 'postgres' {
  return process.env.GARDIEN_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

/** The PostgreSQL server URL the suite may create databases on (GARDIEN_TEST_POSTGRES_URL). */
export function postgresAdminUrl(): string {
  const url = process.env.GARDIEN_TEST_POSTGRES_URL;
  if (!url) throw new Error('GARDIEN_TEST_POSTGRES_URL is not set: the PostgreSQL suite has no server to run on.');
  return url;
}

/** The same server URL, pointing at another database. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
