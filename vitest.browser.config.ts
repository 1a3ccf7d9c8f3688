// Vitest configuration of the browser journeys (playwright-core driving Debian's Chromium).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One browser and one server at a time: journeys are heavy and share nothing.
    fileParallelism: false,
    // On CI a journey that fails is run once more and reported as retried: a shared two-core
    // machine sometimes starves a step; a journey that fails twice fails the run.
    retry: process.env.CI ? 1 : 0,
  },
});
