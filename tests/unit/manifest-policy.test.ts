import { describe, expect, it } from 'vitest';
import { buildManifestPolicy, E2E_AUTO_CAPTURE_MATCH } from '@/lib/platform/manifest-policy';

const generated = () => ({
  permissions: ['storage'],
  host_permissions: ['http://127.0.0.1/*'],
  content_scripts: [{ matches: ['http://127.0.0.1/*'], js: ['content-scripts/chat.js'], all_frames: true }],
});

describe('manifest policy', () => {
  it('ships no host access at install and no static content script', () => {
    const policy = buildManifestPolicy({ mode: 'production', browser: 'chrome' });
    const manifest = generated();
    policy.finalize(manifest);
    expect(manifest).not.toHaveProperty('host_permissions');
    expect(manifest).not.toHaveProperty('content_scripts');
    expect(JSON.stringify(policy.manifest)).not.toContain('<all_urls>');
    expect(policy.manifest.permissions).toEqual(expect.arrayContaining(['unlimitedStorage', 'scripting', 'activeTab']));
    expect(policy.manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
  });

  it('gives the e2e build host access and auto-capture on 127.0.0.1 only', () => {
    const policy = buildManifestPolicy({ mode: 'e2e', browser: 'chrome' });
    const manifest = generated();
    policy.finalize(manifest);
    expect(policy.manifest.host_permissions).toEqual(['<all_urls>']);
    expect(manifest.content_scripts).toEqual([expect.objectContaining({ matches: [E2E_AUTO_CAPTURE_MATCH] })]);
  });

  it('keeps Firefox free of Chrome-only permissions and declares its add-on id', () => {
    const policy = buildManifestPolicy({ mode: 'production', browser: 'firefox' });
    expect(policy.manifest.permissions).not.toContain('sidePanel');
    expect(policy.manifest).toHaveProperty('browser_specific_settings.gecko.id');
  });

  it('forbids inline and remote scripts on extension pages', () => {
    const csp = (
      buildManifestPolicy({ mode: 'production', browser: 'chrome' }).manifest.content_security_policy as {
        extension_pages: string;
      }
    ).extension_pages;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
  });
});
