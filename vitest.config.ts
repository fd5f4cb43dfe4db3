import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'codemods/**/*.test.ts', 'api/**/*.test.ts', 'shim/**/*.test.ts', 'emulator/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**', '**/__testfixtures__/**', 'fixtures/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
