import { CaptureRefusedError, runCapture } from '../../capture/run-capture';
import type { RepoContext } from '../../db/context';
import type { BackgroundPorts } from '../ports';

export const CAPTURE_COMMAND = 'capture-page';

export interface ShortcutDeps {
  ports: BackgroundPorts;
  repo: () => Promise<RepoContext>;
  /** The active tab of the focused window, where the shortcut was pressed. */
  activeTabId: () => Promise<number | undefined>;
}

/**
 * The keyboard shortcut captures without opening anything: the badge says whether it worked,
 * and a small toast on the page says where it went (shown after the screenshot, so never in it).
 */
export async function handleCaptureShortcut(deps: ShortcutDeps): Promise<void> {
  const tabId = await deps.activeTabId();
  if (tabId === undefined) return;
  try {
    const outcome = await runCapture(await deps.repo(), deps.ports.capture, tabId);
    await deps.ports.notify.badge(tabId, 'ok');
    await deps.ports.notify.toast(tabId, `Paper Trail: saved to “${outcome.caseTitle}”`).catch(() => undefined);
  } catch (error) {
    await deps.ports.notify.badge(tabId, 'error');
    const message = error instanceof CaptureRefusedError ? error.message : 'Paper Trail could not save this page.';
    await deps.ports.notify.toast(tabId, message).catch(() => undefined);
    deps.ports.log(`shortcut capture failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
