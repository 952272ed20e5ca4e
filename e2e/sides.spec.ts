import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/extension';
import type { ExtensionHarness } from './fixtures/harness';

type Line = [role: string, text: string];

async function recordedRoles(page: Page, extension: ExtensionHarness) {
  const expected = await page.evaluate(() => (window as unknown as { expected: Line[] }).expected);
  await expect.poll(async () => (await extension.db()).messages.length).toBe(expected.length);
  const stored = (await extension.db()).messages.map((m): Line => [m.role, m.text]);
  return { expected, stored };
}

for (const dir of ['ltr', 'rtl'] as const) {
  test(`rows alike in every way but where they sit get their side from layout (${dir})`, async ({
    page,
    testProxy,
    extension,
  }) => {
    await page.goto(`${testProxy.mainOrigin}/aligned-chat.html?dir=${dir}`);
    const { expected, stored } = await recordedRoles(page, extension);
    expect(stored).toEqual(expected);

    // A message said later takes its side the same way.
    const text = dir === 'rtl' ? 'תודה רבה' : 'Thank you';
    await page.evaluate(
      (text) => (window as unknown as { say(role: string, text: string): void }).say('customer', text),
      text,
    );
    await expect.poll(async () => (await extension.db()).messages.at(-1)?.text).toBe(text);
    expect((await extension.db()).messages.at(-1)?.role).toBe('customer');
  });
}

test('control: the same rows centred say nothing about their side, and get none', async ({
  page,
  testProxy,
  extension,
}) => {
  await page.goto(`${testProxy.mainOrigin}/aligned-chat.html?layout=centred`);
  const { expected, stored } = await recordedRoles(page, extension);
  expect(stored.map(([, text]) => text)).toEqual(expected.map(([, text]) => text));
  // Bare rows that sit nowhere are taken for notices, as before layout was read.
  expect(stored.filter(([role]) => role === 'agent' || role === 'customer')).toEqual([]);
});
