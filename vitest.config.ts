import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['./test/setup-cache.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // PDF tests share Chromium; keep files in separate workers but bounded to the 2 cores.
    maxWorkers: 2,
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
