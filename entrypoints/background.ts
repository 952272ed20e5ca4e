import { createBrowserPorts } from '@/lib/background/browser-ports';
import { registerHandlers } from '@/lib/background/register-handlers';
import { resyncAndResume, resyncRegistrations } from '@/lib/background/handlers/sites';
import {
  checkReminders,
  REMINDER_ALARM,
  REMINDER_CHECK_MINUTES,
  resumeReminders,
} from '@/lib/background/handlers/reminders';
import { CAPTURE_COMMAND, handleCaptureShortcut } from '@/lib/background/handlers/shortcut';
import { installE2eHooks } from '@/lib/background/e2e-hooks';
import { getRepoContext } from '@/lib/db/instance';
import { parseReminderNotificationId, workspacePath } from '@/lib/reminders/notification-id';

export default defineBackground(() => {
  const deps = { ports: createBrowserPorts(), repo: getRepoContext };
  registerHandlers(deps);
  const resync = () => {
    resyncRegistrations(deps).catch((error: unknown) =>
      deps.ports.log(`could not register the chat script: ${String(error)}`),
    );
  };
  // Alarms are cleared by updates and not reliable across restarts: re-create it, and check now.
  const scheduleReminders = (trigger: 'startup' | 'installed') => {
    const schedule = () =>
      browser.alarms.create(REMINDER_ALARM, {
        delayInMinutes: REMINDER_CHECK_MINUTES,
        periodInMinutes: REMINDER_CHECK_MINUTES,
      });
    resumeReminders(deps, schedule, trigger).catch((error: unknown) =>
      deps.ports.log(`could not resume reminders: ${String(error)}`),
    );
  };
  browser.runtime.onInstalled.addListener(({ reason }) => {
    // After an update (or a reload) the scripts in open tabs are orphaned: start fresh copies.
    // A first install has nothing enabled yet, and pages loading meanwhile get the declared script.
    const sync = reason === 'update' ? resyncAndResume(deps) : resyncRegistrations(deps);
    sync.catch((error: unknown) => deps.ports.log(`could not register or resume the chat script: ${String(error)}`));
    scheduleReminders('installed');
  });
  browser.runtime.onStartup.addListener(() => {
    resync();
    scheduleReminders('startup');
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name !== REMINDER_ALARM) return;
    checkReminders(deps).catch((error: unknown) => deps.ports.log(`could not check reminders: ${String(error)}`));
  });
  browser.notifications.onClicked.addListener((notificationId) => {
    const notice = parseReminderNotificationId(notificationId);
    if (!notice) return;
    void browser.notifications.clear(notificationId);
    void browser.tabs.create({ url: browser.runtime.getURL(workspacePath(notice.caseId) as '/sidepanel.html') });
  });
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
