import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { en } from '../lib/i18n/locales/en';
import { expect, test } from './fixtures/extension';
import { ChatPage } from './pages/chat-page';
import { SCREENS_DIR } from './support/paths';

const PNG_1x1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const EMAIL = `Hello,

Your order #B-77311 has been cancelled. We will refund the full amount within 5 business days.

Regards,
Acme Support`;

async function openEvidenceTab(page: Page) {
  await page.getByTestId('case-card').filter({ hasText: '127.0.0.1' }).click();
  await page.getByRole('tab', { name: en.tabs.evidence }).click();
}

test('the user attaches files, pastes an e-mail and logs a phone call with its hold time', async ({
  context,
  page,
  testProxy,
  extension,
}) => {
  const chat = await ChatPage.open(page, `${testProxy.mainOrigin}/chat.html`);
  await chat.say('customer', 'My kettle arrived broken.');
  await expect.poll(async () => (await extension.db()).cases.length).toBe(1);

  const t0 = Date.now();
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 420, height: 760 });
  // The call clocks read Date.now(): a fixed clock the test moves (timers keep running).
  await panel.clock.setFixedTime(t0);
  await panel.goto(extension.url('sidepanel.html'));
  await openEvidenceTab(panel);

  // Files: two go in, the empty one is refused by name.
  await panel.getByTestId('attach-input').setInputFiles([
    { name: 'receipt.png', mimeType: 'image/png', buffer: PNG_1x1 },
    { name: 'invoice.pdf', mimeType: 'application/pdf', buffer: PDF },
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
  ]);
  const outcome = panel.getByTestId('attach-outcome');
  await expect(outcome).toContainText(en.bring.added_other.replace('{{count}}', '2'));
  await expect(outcome.getByRole('listitem')).toHaveText(`empty.txt: ${en.bring.refused.empty}`);
  const attached = (await extension.db()).evidence.filter((e) => e.kind === 'attachment');
  expect(attached.map((e) => [e.fileName, e.mime, e.size]).sort()).toEqual([
    ['invoice.pdf', 'application/pdf', PDF.length],
    ['receipt.png', 'image/png', PNG_1x1.length],
  ]);
  await expect(panel.locator('.evidence-card').filter({ hasText: 'receipt.png' }).locator('img')).toBeVisible();

  // A pasted e-mail: its facts are suggested in the Facts tab.
  await panel.getByRole('button', { name: en.bring.paste.button }).click();
  const paste = panel.getByRole('dialog', { name: en.bring.paste.title });
  await paste.getByLabel(en.bring.paste.subject).fill('Your order B-77311');
  await paste.getByLabel(en.bring.paste.text).fill(EMAIL);
  await paste.getByRole('button', { name: en.bring.paste.save }).click();
  await expect(paste).toBeHidden();
  await expect(panel.getByTestId('bring-status')).toContainText('Facts tab');
  await panel.getByRole('tab', { name: en.tabs.facts }).click();
  const order = panel.locator('[data-kind="order-number"]').filter({ hasText: 'B-77311' });
  await expect(order).toContainText(en.facts.status.suggested);
  await expect(order).toContainText(en.facts.from.pasted.replace(', {{time}}', ''));
  await expect(panel.locator('[data-kind="promise"]').filter({ hasText: 'within 5 business days' })).toBeVisible();

  // A phone call: 90 s on hold, 5 min in all; the workspace is closed while on hold.
  await panel.getByRole('tab', { name: en.tabs.evidence }).click();
  await panel.getByRole('button', { name: en.bring.call.start }).click();
  await expect(panel.getByTestId('call-hold')).toHaveText('0:00');
  await panel.clock.setFixedTime(t0 + 90_000);
  await expect(panel.getByTestId('call-hold')).toHaveText('1:30');
  await panel.close();

  const reopened = await context.newPage();
  await reopened.setViewportSize({ width: 420, height: 760 });
  await reopened.clock.setFixedTime(t0 + 90_000);
  await reopened.goto(extension.url('sidepanel.html'));
  await openEvidenceTab(reopened);
  await expect(reopened.getByTestId('call-hold')).toHaveText('1:30');
  await reopened.getByRole('button', { name: en.bring.call.answered }).click();
  await reopened.clock.setFixedTime(t0 + 300_000);
  await expect(reopened.getByTestId('call-duration')).toHaveText('5:00');
  await expect(reopened.getByTestId('call-hold')).toHaveText('1:30');
  await reopened.getByRole('button', { name: en.bring.call.end }).click();

  const form = reopened.getByRole('dialog', { name: en.bring.call.formTitle });
  await form.getByLabel(en.bring.call.repName).fill('Marcus');
  await form.getByLabel(en.bring.call.promised).fill('Refund of $59.99 within 5 business days');
  await form.getByLabel(en.bring.call.notes).fill('Ticket 558123 opened.');
  await mkdir(SCREENS_DIR, { recursive: true });
  await reopened.screenshot({ path: path.join(SCREENS_DIR, 'sidepanel-call-log-en-light.png'), fullPage: true });
  await form.getByRole('button', { name: en.bring.call.save }).click();
  await expect(form).toBeHidden();
  await expect(reopened.getByTestId('bring-status')).toContainText(en.bring.call.saved);

  const db = await extension.db();
  const call = db.evidence.find((e) => e.kind === 'call-log');
  expect(call?.call).toMatchObject({
    startedAt: t0,
    answeredAt: t0 + 90_000,
    endedAt: t0 + 300_000,
    holdMs: 90_000,
    durationMs: 300_000,
    repName: 'Marcus',
  });
  expect(db.settings[0]?.activeCalls).toEqual([]);
  const fromCall = db.facts.filter((f) => f.source.id === call?.id);
  expect(fromCall.find((f) => f.kind === 'rep-name')?.value).toBe('Marcus');
  expect(fromCall.find((f) => f.kind === 'promise')?.deadline).toEqual({
    type: 'duration',
    amount: 5,
    unit: 'business-day',
  });
  await expect(reopened.locator('.evidence-card').filter({ hasText: 'Phone call with Marcus' })).toBeVisible();
  await reopened.getByRole('tab', { name: en.tabs.timeline }).click();
  await expect(reopened.locator('.timeline-item').filter({ hasText: en.timeline.event['call.logged'] })).toContainText(
    'On hold 1:30, 5:00 in all.',
  );
});
