// Lint rules: the recommended sets of ESLint and typescript-eslint, nothing exotic.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'web/dist/', 'data/', 'coverage/', 'test-artifacts/', 'src/db/migrations/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Queries live in src/db/repositories: outside src/db, no query builder and no table. Type-only
    // imports stay allowed (a row's type: `import type { dispatches }`), they build no query.
    files: ['src/**/*.ts'],
    ignores: ['src/db/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'drizzle-orm', message: 'Queries belong in src/db/repositories/.', allowTypeImports: true }],
          patterns: [
            { group: ['drizzle-orm/*'], message: 'Queries belong in src/db/repositories/.', allowTypeImports: true },
            { group: ['**/db/schema', '**/db/schema/*'], message: 'Tables are read and written in src/db/repositories/.', allowTypeImports: true },
          ],
        },
      ],
    },
  },
  {
    files: ['bin/**/*.js', 'scripts/**/*.ts'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
