import { defineConfig } from 'wxt';
import { buildManifestPolicy } from './lib/platform/manifest-policy';

// The shipped manifest holds no host access: sites are enabled one by one at run time
// (optional host permissions + scripting.registerContentScripts). The `e2e` mode only adds
// what a test needs because it cannot click the toolbar button (see docs/testing.md).
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  manifest: ({ mode, browser }) => buildManifestPolicy({ mode, browser }).manifest,
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      buildManifestPolicy({ mode: wxt.config.mode, browser: wxt.config.browser }).finalize(manifest);
    },
  },
  webExt: { disabled: true },
});
