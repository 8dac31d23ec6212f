/**
 * Vitest configuration, kept in tests/ so the repository's top level stays small; every run passes
 * `--config tests/vitest.config.ts`. Two projects split the tests by what they need:
 *
 * - `unit`: pure tests beside the code; they need neither `dist/` nor a browser.
 * - `site`: `*.build.test.ts` read the built site in `dist/`, `*.browser.test.ts` drive Chromium
 *   over it. They run one file at a time: the machine has two cores and each browser file starts
 *   its own Chromium.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['scripts/**/*.test.ts', 'src/**/*.test.ts', 'tests/**/*.test.ts'],
          exclude: ['**/node_modules/**', '**/*.build.test.ts', '**/*.browser.test.ts'],
          // Some unit tests run a CLI in a child process; on two busy cores that can take longer
          // than Vitest's default of 5 s. A limit against hangs, not a speed goal.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['**/*.build.test.ts', 'tests/**/*.browser.test.ts'],
          exclude: ['**/node_modules/**', 'dist/**'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
