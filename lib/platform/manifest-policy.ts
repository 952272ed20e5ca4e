/**
 * What the manifest may hold, per build. Pure, so a unit test can check the policy and an
 * end-to-end test can check the built file against it.
 *
 * - production (shipped): no host access at install; sites are granted one by one through
 *   optional host permissions and the chat content script is registered at run time.
 * - e2e: the same, plus host access for every URL (a test cannot click the toolbar button,
 *   which is what grants `activeTab`) and the chat content script declared for
 *   http://127.0.0.1/* only, so local test pages are auto-captured and every other site is not.
 */
export const E2E_AUTO_CAPTURE_MATCH = 'http://127.0.0.1/*';

/** Host patterns a user may grant one site at a time. Never `<all_urls>`. */
export const OPTIONAL_HOST_PATTERNS = ['http://*/*', 'https://*/*'] as const;

export const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "img-src 'self' blob: data:",
  "media-src 'self' blob:",
  "style-src 'self'",
  "font-src 'self'",
  "connect-src 'self' blob: data:",
].join('; ');

export interface ManifestPolicyInput {
  mode: string;
  browser: string;
}

interface ContentScriptEntry {
  matches?: string[];
  js?: string[];
  [key: string]: unknown;
}

/** The one script the e2e build declares; the messaging-app script is only ever registered at run time. */
const E2E_DECLARED_SCRIPT = 'content-scripts/chat.js';

interface MutableManifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: ContentScriptEntry[];
  [key: string]: unknown;
}

export function buildManifestPolicy({ mode, browser }: ManifestPolicyInput) {
  const isE2e = mode === 'e2e';
  const isFirefox = browser === 'firefox';
  const permissions = ['storage', 'unlimitedStorage', 'scripting', 'activeTab', 'alarms', 'notifications'];
  if (!isFirefox) permissions.push('sidePanel', 'pageCapture');

  const manifest: Record<string, unknown> = {
    name: 'Paper Trail',
    description:
      'Keeps proof of what customer support told you, and helps you ask for what the law gives you. Everything stays on your computer.',
    permissions,
    optional_host_permissions: [...OPTIONAL_HOST_PATTERNS],
    host_permissions: isE2e ? ['<all_urls>'] : [],
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    commands: {
      'capture-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Capture this page into its case',
      },
    },
  };
  if (isFirefox) {
    manifest.browser_specific_settings = {
      gecko: {
        id: 'paper-trail@paper-trail.invalid',
        // data_collection_permissions (required by addons.mozilla.org) needs Firefox 140 / Android 142.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    };
  } else {
    manifest.minimum_chrome_version = '121';
  }

  /** Applied to WXT's generated manifest, after entrypoints have been added to it. */
  function finalize(generated: MutableManifest): void {
    if (isE2e) {
      generated.content_scripts = (generated.content_scripts ?? [])
        .filter((script) => script.js?.includes(E2E_DECLARED_SCRIPT))
        .map((script) => ({ ...script, matches: [E2E_AUTO_CAPTURE_MATCH] }));
    } else {
      delete generated.content_scripts;
      generated.host_permissions = [];
    }
    if (generated.host_permissions?.length === 0) delete generated.host_permissions;
  }

  return { manifest, finalize };
}
