import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures/extension';
import { ChatPage } from './pages/chat-page';
import { SidePanelPage } from './pages/side-panel';

test('the side panel shows the recorded case and its transcript (first screens saved)', async ({
  context,
  page,
  testProxy,
  extension,
}) => {
  const chat = await ChatPage.open(page, `${testProxy.mainOrigin}/chat.html`);
  const promise = 'I have issued a full refund of $59.99; it will arrive within 5 business days.';
  await chat.say('agent', promise, { name: 'Dana', time: '10:07' });
  await expect.poll(async () => (await extension.db()).messages.length).toBe(3);

  const panel = await SidePanelPage.open(context, extension.id);
  await expect(panel.caseCards()).toHaveCount(1);
  await expect(panel.caseCard('127.0.0.1')).toBeVisible();
  const listShot = await panel.screenshot('side-panel-case-list');

  await panel.openCase('127.0.0.1');
  await expect(panel.transcript()).toContainText(promise);
  // The three messages, in the order they were said, with the agent's name.
  const shown = await panel.transcript().innerText();
  const said = [...chat.history().map((m) => m.text), promise];
  const positions = said.map((text) => shown.indexOf(text));
  expect(positions.every((p) => p >= 0)).toBe(true);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
  expect(shown).toContain('Dana');
  const caseShot = await panel.screenshot('side-panel-case-transcript');

  for (const file of [listShot, caseShot]) {
    const png = await readFile(file);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  }
});
