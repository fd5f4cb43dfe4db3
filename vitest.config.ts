import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'codemods/**/*.test.ts', 'api/**/*.test.ts', 'shim/**/*.test.ts', 'emulator/**/*.test.ts'],
    // test/holdout/<corpus>/ holds customer code judged by test/holdout/*.test.ts, some of it named *.test.ts itself.
    exclude: ['**/node_modules/**', '**/dist/**', '**/__testfixtures__/**', 'fixtures/**', 'test/holdout/*/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // Every core: vitest's default leaves one free, which on a 2-CPU CI machine runs the files one at a time.
    maxWorkers: availableParallelism(),
  },
});
