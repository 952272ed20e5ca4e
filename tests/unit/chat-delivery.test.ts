import { describe, expect, it } from 'vitest';
import { guard } from '@/lib/background/guard';
import { handleChatDelivery } from '@/lib/background/handlers/chat';
import type { MessageSenderInfo } from '@/lib/background/ports';
import { contentSender, fakePorts, pageSender } from '../helpers/fake-ports';
import { freshRepo } from '../helpers/repo';

async function setup(pillIn = [7], manifestMatches = ['http://127.0.0.1/*']) {
  const env = await freshRepo();
  const fake = fakePorts({ manifestMatches, pillIn });
  const deps = { ports: fake.ports, repo: async () => env.repo };
  const delivery = guard('chat.delivery', fake.ports, (data, sender) => handleChatDelivery(deps, data, sender));
  const send = (data: unknown, sender: MessageSenderInfo) => delivery({ data, sender });
  return { ...fake, send };
}

/** A chat widget's iframe (frame 3) in tab 7, on an enabled site. */
const widgetFrame = { ...contentSender('http://127.0.0.1:5000/shop', 'http://127.0.0.1:6000/widget'), frameId: 3 };

describe('chat.delivery: an iframe’s delivery relayed to its tab’s top frame', () => {
  it('tells the top frame of the sender’s own tab which frame is refused, then delivers again', async () => {
    const { send, deliveries } = await setup();
    expect(await send({ state: 'storage-full' }, widgetFrame)).toEqual({ ok: true, shown: true });
    expect(await send({ state: 'ok' }, widgetFrame)).toEqual({ ok: true, shown: true });
    expect(deliveries).toEqual([
      { tabId: 7, frameId: 3, state: 'storage-full' },
      { tabId: 7, frameId: 3, state: 'ok' },
    ]);
  });

  it('says when the top frame did not take it (no pill there yet), so the frame sends again', async () => {
    const { send, deliveries } = await setup([]);
    expect(await send({ state: 'storage-full' }, widgetFrame)).toEqual({ ok: true, shown: false });
    expect(deliveries).toHaveLength(1);
  });

  it('takes the tab and frame from the sender: a payload cannot aim at another tab or frame', async () => {
    const { send, deliveries } = await setup();
    const reply = await send({ state: 'storage-full', tabId: 99, frameId: 0 }, widgetFrame);
    expect(reply).toMatchObject({ ok: true });
    expect(deliveries).toEqual([{ tabId: 7, frameId: 3, state: 'storage-full' }]);
  });

  it.each([
    ['another extension', { ...widgetFrame, id: 'someone-else' }, 'forged-sender'],
    ['an extension page', pageSender, 'forged-sender'],
    ['a sender without a tab', { id: 'ext-id', url: 'http://127.0.0.1/', frameId: 3 }, 'forged-sender'],
    ['the top frame (it shows its own)', { ...widgetFrame, frameId: 0 }, 'invalid-payload'],
    ['a frame of a site not enabled', { ...contentSender('https://other.example/'), frameId: 3 }, 'site-not-enabled'],
  ])('refuses one from %s and tells no one', async (_label, sender, code) => {
    const { send, deliveries } = await setup();
    expect(await send({ state: 'storage-full' }, sender)).toMatchObject({ ok: false, error: { code } });
    expect(deliveries).toHaveLength(0);
  });

  it('refuses one from an iframe on a messaging app even if its domain is enabled: only its top frame records', async () => {
    const { send, deliveries } = await setup([7], ['https://web.whatsapp.com/*']);
    const frame = { ...contentSender('https://web.whatsapp.com/', 'https://web.whatsapp.com/frame'), frameId: 3 };
    expect(await send({ state: 'storage-full' }, frame)).toMatchObject({
      ok: false,
      error: { code: 'site-not-enabled' },
    });
    expect(deliveries).toHaveLength(0);
  });

  it.each([[{ state: 'full' }], [{}], [{ state: null }]])('refuses a malformed payload %j', async (data) => {
    const { send, deliveries } = await setup();
    expect(await send(data, widgetFrame)).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(deliveries).toHaveLength(0);
  });
});
