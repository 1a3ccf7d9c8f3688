// Vitest configuration of the browser journeys (playwright-core driving Debian's Chromium).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One browser and one server at a time: journeys are heavy and share nothing.
    fileParallelism: false,
  },
});
