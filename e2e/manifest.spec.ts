import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { BUILDS } from './support/paths';

/** The manifests of the BUILT extension (e2e/global-setup.ts builds any that are missing or stale). */
interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: Record<string, unknown>[];
  sidebar_action?: unknown;
  side_panel?: unknown;
  background?: Record<string, unknown>;
}

async function manifestOf(dir: string): Promise<{ manifest: Manifest; text: string }> {
  const text = await readFile(path.join(dir, 'manifest.json'), 'utf8');
  return { manifest: JSON.parse(text) as Manifest, text };
}

test('the shipped Chrome build asks for no host access at install', async () => {
  const { manifest, text } = await manifestOf(BUILDS.chrome);
  expect(manifest.manifest_version).toBe(3);
  expect(manifest).not.toHaveProperty('host_permissions');
  expect(manifest).not.toHaveProperty('content_scripts');
  expect(text).not.toContain('<all_urls>');
  expect(text).not.toContain('127.0.0.1');
  expect(manifest.permissions).toEqual(expect.arrayContaining(['unlimitedStorage', 'scripting', 'sidePanel']));
  expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
  expect(manifest.side_panel).toBeDefined();
});

test('the e2e build differs only by host access and the static chat script with its frame options', async () => {
  const [{ manifest: shipped }, { manifest: e2e }] = await Promise.all([
    manifestOf(BUILDS.chrome),
    manifestOf(BUILDS.e2e),
  ]);
  expect(e2e.host_permissions).toEqual(['<all_urls>']);
  expect(e2e.content_scripts).toEqual([
    expect.objectContaining({
      matches: ['http://127.0.0.1/*'],
      js: ['content-scripts/chat.js'],
      all_frames: true,
      match_about_blank: true,
      match_origin_as_fallback: true,
    }),
  ]);
  const { host_permissions: _hosts, content_scripts: _scripts, ...e2eRest } = e2e;
  expect(e2eRest).toEqual(shipped);
});

test('the Firefox build keeps optional host permissions and has no sidePanel permission', async () => {
  const { manifest, text } = await manifestOf(BUILDS.firefox);
  expect(manifest.manifest_version).toBe(3);
  expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
  expect(manifest.permissions).not.toContain('sidePanel');
  expect(manifest).not.toHaveProperty('side_panel');
  expect(manifest.sidebar_action).toBeDefined();
  expect(manifest).not.toHaveProperty('host_permissions');
  expect(manifest).not.toHaveProperty('content_scripts');
  expect(text).not.toContain('<all_urls>');
});
