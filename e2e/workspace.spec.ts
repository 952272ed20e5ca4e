import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { en } from '../lib/i18n/locales/en';
import { he } from '../lib/i18n/locales/he';
import { ru } from '../lib/i18n/locales/ru';
import { expect, test } from './fixtures/extension';
import { ChatPage } from './pages/chat-page';
import { SCREENS_DIR } from './support/paths';

const STRINGS = { en, he, ru } as const;
type Lang = keyof typeof STRINGS;
const TABS = ['timeline', 'transcript', 'evidence', 'facts', 'rights', 'draft', 'export'] as const;

const CHATS: Record<Lang, { agent: string; lines: ['agent' | 'customer', string][] }> = {
  en: {
    agent: 'Dana',
    lines: [
      ['agent', 'I have approved a refund of $59.99 for order A-10042.'],
      ['agent', 'It will reach your card within 5 business days.'],
      ['customer', 'Thank you. Please confirm by e-mail.'],
    ],
  },
  he: {
    agent: 'דנה',
    lines: [
      ['agent', "אישרתי זיכוי של ₪149.90 על הזמנה מס' 7781234."],
      ['agent', 'נחזור אלייך תוך 3 ימי עסקים.'],
      ['customer', 'תודה, אשמח לאישור בכתב.'],
    ],
  },
  ru: {
    agent: 'Ольга',
    lines: [
      ['agent', 'Возврат 3 490 ₽ по заказу № 45-118 одобрен.'],
      ['agent', 'Вернём деньги в течение 10 дней.'],
      ['customer', 'Спасибо, пришлите подтверждение письмом.'],
    ],
  },
};

/** The order number each chat gives, as the draft quotes it. */
const ORDER: Record<Lang, string> = { en: 'A-10042', he: '7781234', ru: '45-118' };

async function shot(page: Page, name: string) {
  await mkdir(SCREENS_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENS_DIR, `${name}.png`), fullPage: true });
}

/** Fails the test on a missing translation or a CSP violation in an extension page. */
function watchConsole(page: Page, problems: string[]) {
  page.on('console', (message) => {
    const text = message.text();
    if (/missing translation|Content Security Policy/i.test(text)) problems.push(text);
  });
  page.on('pageerror', (error) => problems.push(error.message));
}

for (const lang of ['en', 'he', 'ru'] as const) {
  test(`the workspace, popup and options render in ${lang}, light and dark (screens saved)`, async ({
    context,
    page,
    testProxy,
    extension,
  }) => {
    const t = STRINGS[lang];
    const chat = await ChatPage.open(page, `${testProxy.mainOrigin}/chat.html`);
    for (const [role, text] of CHATS[lang].lines) {
      await chat.say(role, text, role === 'agent' ? { name: CHATS[lang].agent } : {});
    }
    await expect.poll(async () => (await extension.db()).messages.length).toBe(2 + CHATS[lang].lines.length);

    const problems: string[] = [];
    const options = await context.newPage();
    watchConsole(options, problems);
    await options.setViewportSize({ width: 760, height: 900 });
    await options.goto(extension.url('options.html'));
    await options.getByRole('combobox', { name: en.options.language }).selectOption(lang);
    await expect(options.locator('html')).toHaveAttribute('lang', lang);
    await expect(options.locator('html')).toHaveAttribute('dir', lang === 'he' ? 'rtl' : 'ltr');
    await expect(options.getByRole('heading', { level: 1 })).toHaveText(t.options.heading);

    const panel = await context.newPage();
    watchConsole(panel, problems);
    await panel.setViewportSize({ width: 400, height: 760 });
    const popup = await context.newPage();
    watchConsole(popup, problems);
    await popup.setViewportSize({ width: 360, height: 440 });

    for (const scheme of ['light', 'dark'] as const) {
      for (const p of [options, panel, popup]) await p.emulateMedia({ colorScheme: scheme });
      await options.reload();
      await expect(options.getByRole('heading', { level: 1 })).toHaveText(t.options.heading);
      await shot(options, `options-${lang}-${scheme}`);

      await popup.goto(extension.url(`popup.html?url=${encodeURIComponent(`${testProxy.mainOrigin}/chat.html`)}`));
      await expect(popup.getByRole('heading', { name: t.popup.caseForSite })).toBeVisible();
      await expect(popup.locator('.case-card')).toBeVisible();
      await shot(popup, `popup-${lang}-${scheme}`);

      await panel.goto(extension.url('sidepanel.html'));
      await expect(panel.locator('html')).toHaveAttribute('dir', lang === 'he' ? 'rtl' : 'ltr');
      await expect(panel.getByRole('heading', { level: 1 })).toHaveText(t.cases.heading);
      await shot(panel, `sidepanel-cases-${lang}-${scheme}`);
      await panel.getByTestId('case-card').first().click();
      for (const tab of TABS) {
        await panel.getByRole('tab', { name: t.tabs[tab] }).click();
        await expect(panel.getByRole('tab', { name: t.tabs[tab] })).toHaveAttribute('aria-selected', 'true');
        if (tab === 'transcript') {
          for (const [, text] of CHATS[lang].lines) await expect(panel.getByTestId('transcript')).toContainText(text);
          await expect(panel.getByTestId('transcript')).toContainText(CHATS[lang].agent);
        }
        if (tab === 'timeline')
          await expect(panel.getByText(t.timeline.event['message.recorded']).first()).toBeVisible();
        if (tab === 'rights') {
          // No jurisdiction on the case nor in the options: the tab asks; choosing saves it to the case.
          await panel.getByRole('combobox', { name: t.rights.choose.label }).selectOption('IL');
          await expect(panel.getByText(t.rights.rulesHeading.replace('{{place}}', t.jurisdiction.IL))).toBeVisible();
          const delivered = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
          await panel.getByLabel(t.rights.dates.deliveryDate).fill(delivered);
          await expect(panel.locator('[data-deadline-id="il.cancel.distance-goods#withdrawal"]')).toBeVisible();
          await expect(panel.getByText(t.rights.disclaimer)).toBeVisible();
        }
        if (tab === 'draft') {
          // The case's first request, written from its facts in the UI's language, passes the tone check.
          await expect(panel.getByText(t.draftTab.verdict['polite-and-firm'])).toBeVisible();
          const draft = panel.locator('.draft-text textarea');
          await expect(draft).toHaveAttribute('dir', lang === 'he' ? 'rtl' : 'ltr');
          await expect(draft).toHaveValue(new RegExp(ORDER[lang]));
        }
        if (tab === 'export') await expect(panel.getByRole('heading', { name: t.dossierExport.heading })).toBeVisible();
        await shot(panel, `sidepanel-${tab}-${lang}-${scheme}`);
      }
    }
    expect(problems).toEqual([]);
  });
}

test('cases can be renamed, moved between, merged and deleted, each leaving log events', async ({
  context,
  page,
  testProxy,
  extension,
}) => {
  // Case 1: recorded on 127.0.0.1. Case 2: shop.test, turned on from the options page.
  const first = await ChatPage.open(page, `${testProxy.mainOrigin}/chat.html`);
  await first.say('agent', 'Your refund is approved.', { name: 'Dana' });
  await expect.poll(async () => (await extension.db()).messages.length).toBe(3);

  const options = await context.newPage();
  await options.goto(extension.url('options.html'));
  await options.getByLabel(en.options.siteAddress).fill('shop.test');
  await options.getByRole('button', { name: en.options.turnOn, exact: true }).click();
  await expect(options.getByRole('status')).toHaveText(en.options.siteOn.replace('{{site}}', 'shop.test'));
  await expect(options.getByTestId('site-row')).toContainText('shop.test');
  const second = await ChatPage.open(await context.newPage(), `${testProxy.shopOrigin}/chat.html?label=shop`);
  await second.say('agent', 'This message belongs to the first case.', { name: 'Marcus' });
  await expect.poll(async () => (await extension.db()).cases.length).toBe(2);
  await expect.poll(async () => (await extension.db()).messages.length).toBe(6);

  const panel = await context.newPage();
  await panel.goto(extension.url('sidepanel.html'));
  await expect(panel.getByTestId('case-card')).toHaveCount(2);

  // Rename the shop.test case.
  await panel.getByTestId('case-card').filter({ hasText: 'shop.test' }).click();
  await panel.getByRole('button', { name: en.case.actions }).click();
  await panel.getByRole('menuitem', { name: en.case.rename }).click();
  await panel.getByLabel(en.case.titleLabel).fill('Northwind order A-10042');
  await panel.getByRole('button', { name: en.common.save, exact: true }).click();
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('Northwind order A-10042');

  // Move one message to the 127.0.0.1 case.
  const moved = panel.locator('.bubble').filter({ hasText: 'This message belongs to the first case.' });
  await moved.getByRole('button', { name: en.transcript.moveTo }).click();
  await panel.getByRole('button', { name: en.move.confirm, exact: true }).click();
  await expect(panel.getByTestId('transcript')).not.toContainText('This message belongs to the first case.');

  // Merge the renamed case into the other one.
  await panel.getByRole('button', { name: en.case.actions }).click();
  await panel.getByRole('menuitem', { name: en.case.merge }).click();
  await panel.getByRole('button', { name: en.case.mergeConfirm, exact: true }).click();
  await expect(panel.getByRole('heading', { level: 1 })).toHaveText('127.0.0.1');
  await expect(panel.getByTestId('transcript')).toContainText('This message belongs to the first case.');

  // Delete the remaining case.
  await panel.getByRole('button', { name: en.case.actions }).click();
  await panel.getByRole('menuitem', { name: en.case.delete }).click();
  await panel.getByRole('button', { name: en.case.deleteConfirm, exact: true }).click();
  await expect(panel.getByText(en.cases.empty)).toBeVisible();

  const { cases, events } = await extension.db();
  const main = cases.find((c) => c.site === '127.0.0.1')!;
  const shop = cases.find((c) => c.site === 'shop.test')!;
  const typesOf = (caseId: string) => events.filter((e) => e.caseId === caseId).map((e) => e.type);
  expect(typesOf(shop.id)).toEqual(expect.arrayContaining(['case.updated', 'item.moved-out', 'case.merged-into']));
  expect(typesOf(main.id)).toEqual(expect.arrayContaining(['item.moved-in', 'case.merged-from', 'case.deleted']));
  // Nothing is erased: the merged and deleted cases and all their messages are still stored.
  expect((await extension.db()).messages).toHaveLength(6);
});
