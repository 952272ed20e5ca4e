import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    setupFiles: ['tests/setup.ts'],
    environment: 'node',
    restoreMocks: true,
    // Whole-list tests (10,000 messages, CLIs in a child process) on a busy 2-core machine: a
    // budget for load, not a speed check (speed is measured by bench/).
    testTimeout: 30_000,
  },
});
