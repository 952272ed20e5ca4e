import { createBrowserPorts } from '@/lib/background/browser-ports';
import { registerHandlers } from '@/lib/background/register-handlers';
import { resyncRegistrations } from '@/lib/background/handlers/sites';
import { CAPTURE_COMMAND, handleCaptureShortcut } from '@/lib/background/handlers/shortcut';
import { installE2eHooks } from '@/lib/background/e2e-hooks';
import { getRepoContext } from '@/lib/db/instance';

export default defineBackground(() => {
  const deps = { ports: createBrowserPorts(), repo: getRepoContext };
  registerHandlers(deps);
  const resync = () => {
    resyncRegistrations(deps).catch((error: unknown) =>
      deps.ports.log(`could not register the chat script: ${String(error)}`),
    );
  };
  browser.runtime.onInstalled.addListener(resync);
  browser.runtime.onStartup.addListener(resync);
  browser.permissions.onRemoved.addListener(resync);
  const onCommand = (command: string) => {
    if (command !== CAPTURE_COMMAND) return;
    void handleCaptureShortcut({
      ...deps,
      activeTabId: async () => (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id,
    });
  };
  browser.commands.onCommand.addListener(onCommand);
  if (import.meta.env.MODE === 'e2e') installE2eHooks({ command: onCommand });
});
