import { en } from '../lib/i18n/locales/en';
import { expect, test } from './fixtures/extension';
import { ChatPage } from './pages/chat-page';
import { SidePanelPage } from './pages/side-panel';

test('facts from the chat can be confirmed, corrected, rejected and turned into a reminder', async ({
  context,
  page,
  testProxy,
  extension,
  extensionId,
}) => {
  const chat = await ChatPage.open(page, `${testProxy.mainOrigin}/chat.html`);
  await chat.say('customer', 'Hi, my kettle from order A-10042 arrived broken. My name is Olga.');
  await chat.say('agent', 'Hi, this is Marcus from billing. I have opened ticket #558123.', { name: 'Marcus' });
  await chat.say('agent', "You'll get the refund of $59.99 within 5 business days.", { name: 'Marcus' });
  await expect.poll(async () => (await extension.db()).facts.length).toBeGreaterThanOrEqual(5);
  const recorded = await extension.db();
  // The customer's own name is not a representative.
  const names = recorded.facts.filter((f) => f.kind === 'rep-name').map((f) => f.value);
  expect(names).toContain('Marcus');
  expect(names).not.toContain('Olga');

  const panel = await SidePanelPage.open(context, extensionId);
  await panel.openCase('127.0.0.1');
  await panel.page.getByRole('tab', { name: en.tabs.facts }).click();
  const facts = panel.page.getByTestId('fact');
  const order = facts.filter({ hasText: 'A-10042' });
  const name = facts.filter({ hasText: 'Marcus' }).and(panel.page.locator('[data-kind="rep-name"]'));
  const ticket = facts.filter({ hasText: '558123' });
  const promise = panel.page.locator('[data-kind="promise"]');
  await expect(order).toContainText('order A-10042'); // the words around it
  await expect(promise).toContainText(en.facts.falls.replace('{{date}}', ''));

  await name.getByRole('button', { name: en.facts.confirm }).click();
  await expect(name).toContainText(en.facts.status.confirmed);

  await order.getByRole('button', { name: en.facts.edit }).click();
  await order.getByRole('textbox').fill('A-10043');
  await order.getByRole('button', { name: en.common.save }).click();
  const corrected = facts.filter({ hasText: 'A-10043' });
  await expect(corrected).toContainText(en.facts.edited.replace('{{value}}', 'A-10042'));

  await ticket.getByRole('button', { name: en.facts.reject }).click();
  await expect(panel.page.getByText(en.facts.rejectedHeading.replace('{{count}}', '1'))).toBeVisible();

  await promise.getByRole('button', { name: en.facts.remind.button }).click();
  const dialog = panel.page.getByRole('dialog', { name: en.facts.remind.title });
  await expect(dialog.getByRole('textbox', { name: en.facts.remind.text })).toHaveValue(
    /^Marcus promised: You'll get the refund/,
  );
  // Proposed from the promise: 5 business days after the message was seen.
  const seenAt = (await extension.db()).messages.at(-1)!.firstSeenAt;
  const expected = new Date(seenAt);
  for (let left = 5; left > 0;) {
    expected.setDate(expected.getDate() + 1);
    if (expected.getDay() !== 0 && expected.getDay() !== 6) left--;
  }
  const iso = `${expected.getFullYear()}-${String(expected.getMonth() + 1).padStart(2, '0')}-${String(expected.getDate()).padStart(2, '0')}`;
  await expect(dialog.getByLabel(en.facts.remind.when)).toHaveValue(iso);
  await dialog.getByRole('button', { name: en.facts.remind.set }).click();
  await expect(panel.page.getByTestId('reminder')).toContainText('Marcus promised');
  await panel.screenshot('sidepanel-facts-edited-en-light');

  const db = await extension.db();
  const updates = db.events.filter((e) => e.type === 'fact.updated').map((e) => e.payload.action);
  expect(updates).toEqual(['confirmed', 'edited', 'rejected']);
  expect(db.events.at(-1)).toMatchObject({ type: 'reminder.set' });
  expect(db.facts.find((f) => f.value === 'A-10043')).toMatchObject({ status: 'confirmed' });

  // A new message repeating the extracted value does not bring the corrected fact back.
  await chat.say('agent', 'Just to confirm: order A-10042.', { name: 'Marcus' });
  await expect.poll(async () => (await extension.db()).messages.length).toBe(db.messages.length + 1);
  expect((await extension.db()).facts.filter((f) => f.kind === 'order-number')).toHaveLength(1);
});
