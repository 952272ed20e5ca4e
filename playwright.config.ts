import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests of the built extension (the `e2e` build variant) in the system Chromium.
 * Each test gets its own browser profile and its own recording proxy (e2e/fixtures), so tests
 * share nothing; one worker keeps a 2-core machine responsive. See docs/testing.md.
 */
export default defineConfig({
  testDir: 'e2e',
  globalSetup: './e2e/global-setup.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // Playwright empties its output folder on each run: keep it apart from test-results/screens
  // and from the other suites' reports.
  outputDir: 'test-results/e2e-artifacts',
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e-results.json' }]],
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
