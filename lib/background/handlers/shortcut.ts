import { CaptureRefusedError, runCapture } from '../../capture/run-capture';
import type { RepoContext } from '../../db/context';
import { isQuotaError } from '../../db/errors';
import { getSettings } from '../../db/repos/settings';
import { resolveLocale } from '../../i18n/locale';
import { plainText } from '../../i18n/plain';
import type { Locale } from '../../schemas/common';
import type { BackgroundPorts } from '../ports';

export const CAPTURE_COMMAND = 'capture-page';

export interface ShortcutDeps {
  ports: BackgroundPorts;
  repo: () => Promise<RepoContext>;
  /** The active tab of the focused window, where the shortcut was pressed. */
  activeTabId: () => Promise<number | undefined>;
  /** The browser's preferred languages, for the toast when the user chose "auto". */
  browserLanguages?: () => readonly string[];
}

async function toastLocale(deps: ShortcutDeps, repo: RepoContext | null): Promise<Locale> {
  const languages = deps.browserLanguages?.() ?? globalThis.navigator?.languages ?? [];
  const setting = repo
    ? await getSettings(repo).then(
        (s) => s.language,
        () => 'auto' as const,
      )
    : 'auto';
  return resolveLocale(setting, languages);
}

/**
 * The keyboard shortcut captures without opening anything: the badge says whether it worked,
 * and a small toast on the page says where it went (shown after the screenshot, so never in it).
 */
export async function handleCaptureShortcut(deps: ShortcutDeps): Promise<void> {
  const tabId = await deps.activeTabId();
  if (tabId === undefined) return;
  let repo: RepoContext | null = null;
  try {
    repo = await deps.repo();
    const outcome = await runCapture(repo, deps.ports.capture, tabId);
    await deps.ports.notify.badge(tabId, 'ok');
    const locale = await toastLocale(deps, repo);
    const text = plainText(locale, (s) => s.capture.shortcutSaved, { title: outcome.caseTitle });
    await deps.ports.notify.toast(tabId, text).catch(() => undefined);
  } catch (error) {
    await deps.ports.notify.badge(tabId, 'error');
    const locale = await toastLocale(deps, repo);
    const message =
      error instanceof CaptureRefusedError
        ? plainText(locale, (s) => s.capture.refused[error.reason])
        : isQuotaError(error)
          ? plainText(locale, (s) => s.errors.captureStorageFull)
          : plainText(locale, (s) => s.capture.shortcutFailed);
    await deps.ports.notify.toast(tabId, message).catch(() => undefined);
    deps.ports.log(`shortcut capture failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
