import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { REPO_ROOT } from './support/paths';

test('npm start -- --headless builds, serves the demo, loads the extension and exits 0', () => {
  test.setTimeout(120_000);
  const run = spawnSync('npm', ['start', '--', '--headless'], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 110_000 });
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toMatch(/Paper Trail is ready: extension [a-p]{32}, demo at http:\/\/127\.0\.0\.1:\d+\//);
});

test('npm start without a display says how to run it instead of failing obscurely', () => {
  const env = { ...process.env };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  const run = spawnSync('npm', ['start'], { cwd: REPO_ROOT, encoding: 'utf8', env, timeout: 60_000 });
  expect(run.status).not.toBe(0);
  expect(run.stderr).toContain('xvfb-run npm start');
  expect(run.stderr).toContain('npm start -- --headless');
});
