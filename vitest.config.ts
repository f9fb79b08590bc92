import { defineConfig } from 'vitest/config';

// Three projects by speed; `npm test` runs them all, `npm run test:unit` the first alone.
export default defineConfig({
  test: {
    projects: [
      {
        // Pure modules: no process, no worker, no copy of content/. Seconds in all.
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
          environment: 'node',
        },
      },
      {
        // Processes, worker threads, copies of content in temporary folders, the real content/.
        // Each file's header says what makes it slow; timeouts allow for a loaded 2-core machine.
        test: {
          name: 'integration',
          include: ['src/**/*.int.test.ts', 'scripts/**/*.int.test.ts', 'tests/content/**/*.int.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The built site in Chromium.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // One browser and one server for the whole run; files share them through globalSetup.
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
