// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectRoots } from '@/lib/adapters/dom-roots';
import { genericAdapter } from '@/lib/adapters/generic';
import type { ChatAdapter, KeyedMessage, ReadMessage } from '@/lib/adapters/types';
import { chatwootAdapter } from '@/lib/adapters/vendors/chatwoot';
import { intercomAdapter } from '@/lib/adapters/vendors/intercom';
import { papercupsAdapter } from '@/lib/adapters/vendors/papercups';
import { rocketchatAdapter } from '@/lib/adapters/vendors/rocketchat';
import { salesforceAdapter } from '@/lib/adapters/vendors/salesforce';
import { zammadAdapter } from '@/lib/adapters/vendors/zammad';
import { telegramAdapter } from '@/lib/adapters/vendors/telegram';
import { whatsappAdapter } from '@/lib/adapters/vendors/whatsapp';
import { zendeskAdapter } from '@/lib/adapters/vendors/zendesk';
import type { AuthorRole } from '@/lib/schemas/message';
import { keyMessages } from '@/lib/recorder/message-keys';
import { env, loadFixture, onlyList } from '../fixtures/adapters/load';

type Row = [role: AuthorRole, name: string | null, text: string, time: string | null];

interface VendorCase {
  adapter: ChatAdapter;
  expected: Row[];
  /** Indexes of messages the widget marks as a bot's. */
  bots?: number[];
  /** The widget gives its messages ids (system lines may have none). */
  ids: boolean;
  /** Appends one message the way the widget would; returns the expected row. */
  append: (list: Element) => Row;
  composer: string;
}

const html = (list: Element, markup: string, into: Element = list) => {
  into.insertAdjacentHTML('beforeend', markup);
  return list;
};

const CASES: VendorCase[] = [
  {
    adapter: zendeskAdapter,
    ids: false,
    expected: [
      ['agent', 'דנה', 'שלום, אני דנה ממחלקת החיובים.', null],
      ['agent', 'דנה', 'מה מספר ההזמנה שלך?', null],
      ['customer', null, 'ההזמנה 48213, החבילה לא הגיעה', null],
      ['agent', 'דנה', 'אני מעבירה אותך למחלקת המשלוחים.', null],
      ['system', null, 'יוסי הצטרף לשיחה', null],
      ['agent', 'יוסי', 'שלום, כאן יוסי. נשלח חבילה חדשה עד יום חמישי.', null],
      ['customer', null, 'ok', null],
      ['customer', null, 'ok', null],
    ],
    append: (list) => {
      html(
        list,
        '<div class="sc-1bo3eqg-0 hkUQvm"><img class="sc-1mwf6re-0 bQcaoR" data-garden-id="avatars.avatar" alt="" src="data:," /><div class="sc-16r1mlb-0 jOxQaB"><span class="sc-1k9nwp-1 dXWmUe" data-garden-id="typography.font">יוסי</span><div class="sc-5ft9u-0 kdtKbS" dir="auto">מספר המעקב: RR123456789IL</div></div></div>',
      );
      return ['agent', 'יוסי', 'מספר המעקב: RR123456789IL', null];
    },
    composer: 'textarea',
  },
  {
    adapter: intercomAdapter,
    ids: true,
    bots: [0],
    expected: [
      ['agent', 'Fin', "Hi! I'm Fin, an AI agent. How can I help?", '10:00'],
      ['customer', null, 'I want a refund for order A-7731.', '10:01'],
      ['system', null, 'Dana joined the conversation', null],
      ['agent', 'Dana', 'Hello, Dana here.', null],
      ['agent', 'Dana', 'The refund is approved.\nIt will arrive within 5 business days.', '10:03'],
      ['system', null, 'Dana assigned this conversation to Oleg', null],
      ['agent', 'Oleg', 'Oleg from billing: I confirm the refund.', '10:05'],
      ['customer', null, 'ok', null],
      ['customer', null, 'ok', 'Just now'],
    ],
    append: (list) => {
      html(
        list,
        '<div class="intercom-conversation-part intercom-conversation-part-admin intercom-1j6l1wt" data-part-id="9010"><div class="intercom-comment-container intercom-comment-container-admin"><div class="intercom-comment"><div class="intercom-block intercom-block-paragraph">Tracking number: 1Z999AA10123456784</div></div></div><div class="intercom-conversation-part-metadata">Oleg · 10:07</div></div>',
      );
      return ['agent', 'Oleg', 'Tracking number: 1Z999AA10123456784', '10:07'];
    },
    composer: '.intercom-composer textarea',
  },
  {
    adapter: salesforceAdapter,
    ids: false,
    bots: [0],
    expected: [
      ['agent', 'Acme Bot', "Hi, I'm the Acme virtual assistant.", '9:58 AM'],
      ['customer', null, 'My laptop arrived broken, case 00012345.', '9:59 AM'],
      ['system', null, 'Maria Lopez joined the conversation', null],
      ['agent', 'Maria Lopez', "Hello, this is Maria. I'm sorry to hear that.", '10:01 AM'],
      ['agent', 'Maria Lopez', "I'm transferring you to our returns team.", null],
      ['system', null, 'Chat transferred to Ken Ito', null],
      ['agent', 'Ken Ito', 'Ken here: a replacement ships tomorrow.', '10:04 AM'],
      ['customer', null, 'ok', null],
      ['customer', null, 'ok', '10:05 AM'],
    ],
    append: (list) => {
      html(
        list,
        '<li class="slds-chat-listitem slds-chat-listitem_inbound"><embeddedmessaging-message-entry><div class="slds-chat-message"><div class="slds-chat-message__body"><div class="slds-chat-message__text slds-chat-message__text_inbound"><span>Your replacement order is 00012399.</span></div></div></div></embeddedmessaging-message-entry></li>',
      );
      return ['agent', 'Ken Ito', 'Your replacement order is 00012399.', null];
    },
    composer: 'textarea',
  },
  {
    adapter: chatwootAdapter,
    ids: false,
    expected: [
      ['agent', 'Dana', "Hi! I'm Dana. How can I help?", null],
      ['customer', null, 'My invoice INV-2291 was charged twice.', null],
      ['agent', 'Dana', 'I see it. Let me get a colleague from billing.', null],
      ['system', null, 'Conversation was assigned to Oleg by Dana', null],
      ['agent', 'Oleg', 'Oleg here. The duplicate charge is refunded today.', null],
      ['customer', null, 'ok', null],
      ['customer', null, 'ok', null],
    ],
    append: (list) => {
      html(
        list,
        '<div class="agent-message-wrap mb-1"><div class="agent-message flex items-end"><div class="avatar-wrap mr-2"></div><div class="message-wrap"><div class="chat-bubble agent"><div class="message-content text-sm"><p>Refund reference RF-5521.</p></div></div></div></div></div>',
        list.querySelector('.flex.flex-col')!,
      );
      return ['agent', 'Oleg', 'Refund reference RF-5521.', null];
    },
    composer: 'textarea',
  },
  {
    adapter: rocketchatAdapter,
    ids: true,
    expected: [
      ['agent', 'Анна Смирнова', 'Здравствуйте! Меня зовут Анна. Чем могу помочь?', '10:01'],
      ['customer', null, 'Заказ №5821 пришёл без зарядного устройства.', '10:02'],
      ['agent', 'Анна Смирнова', 'Сейчас передам вас в отдел возвратов.', '10:03'],
      ['system', null, 'Чат передан: Игорь Петров', null],
      ['agent', 'Игорь Петров', 'Добрый день, это Игорь. Зарядку отправим завтра.', '10:05'],
      ['customer', null, 'ok', '10:06'],
      ['customer', null, 'ok', '10:06'],
    ],
    append: (list) => {
      html(
        list,
        '<li id="Eh7xJ9sQv" class="message-list__item__1dGfH"><div class="message-container__3Rft8"><div class="message-content__1aVbN"><div class="message-bubble__2kLtR"><div class="message-text__1M8sP"><p>Трек-номер: RA123456789RU</p></div></div><div class="message-time__3xRqP"><time>10:08</time></div></div></div></li>',
        list.querySelector('ol')!,
      );
      return ['agent', 'Игорь Петров', 'Трек-номер: RA123456789RU', '10:08'];
    },
    composer: '[contenteditable="true"]',
  },
  {
    adapter: zammadAdapter,
    ids: true,
    expected: [
      ['agent', 'Dana', 'Hi, Dana here. How can I help?', 'Today 10:01'],
      ['customer', null, 'The washing machine from order 66120 leaks.', 'Today 10:01'],
      ['agent', 'Dana', 'A technician will call you within 2 days.', 'Today 10:01'],
      ['system', null, 'Connection re-established', null],
      ['customer', null, 'ok', 'Today 10:01'],
      ['customer', null, 'ok', 'Today 10:01'],
    ],
    append: (list) => {
      // A hand-over: Zammad names the agent in the header only.
      list.ownerDocument.querySelector('.zammad-chat-agent-name')!.textContent = 'Oleg';
      html(
        list,
        '<div class="zammad-chat-timestamp"><strong>Today</strong> 10:09</div><div class="zammad-chat-message zammad-chat-message--agent" data-message-id="306"><span class="zammad-chat-message-body">Oleg here: the technician comes on Friday.</span></div>',
      );
      return ['agent', 'Oleg', 'Oleg here: the technician comes on Friday.', 'Today 10:09'];
    },
    composer: '.zammad-chat-input',
  },
  {
    adapter: papercupsAdapter,
    ids: false,
    expected: [
      ['agent', 'Dana', 'Hi, Dana from Example Shop here.', null],
      ['agent', 'Dana', 'What can I do for you?', 'Sent 9 minutes ago'],
      ['customer', null, 'Where is my parcel? Tracking says delivered.', 'Sent 8 minutes ago'],
      ['agent', 'Oleg', 'Oleg here, I took over. We will resend it today.', 'Sent 3 minutes ago'],
      ['customer', null, 'ok', null],
      ['customer', null, 'ok', 'Sent just now'],
    ],
    append: (list) => {
      html(
        list,
        '<div class="css-1k0ri1l"><div class="css-1ok4ulp"><div class="css-vurnku"><div class="css-1yytp4v" title="Oleg">O</div></div><div class="css-14ktbsh"><div class="css-1b3ak7z"><div class="Text--markdown css-1wd7le8"><p>New tracking number: 9400 1000 0000 0000 0001.</p></div></div><div class="css-q3kp9a"><span class="css-1hnqh3w">Oleg · Sent just now</span></div></div></div></div>',
      );
      return ['agent', 'Oleg', 'New tracking number: 9400 1000 0000 0000 0001.', 'Sent just now'];
    },
    composer: 'textarea',
  },
  {
    adapter: whatsappAdapter,
    ids: true,
    expected: [
      ['system', null, 'This business uses a secure service from Meta to manage this chat.', null],
      ['customer', null, 'Hi, order 48213 never arrived.', '10:01, 11/22/2025'],
      ['agent', 'Acme Store Support', 'Sorry! We will refund within 5 business days.', '10:03, 11/22/2025'],
      ['customer', null, 'ok', '10:04, 11/22/2025'],
      ['customer', null, 'ok', '10:05, 11/22/2025'],
    ],
    append: (list) => {
      html(
        list,
        '<div role="row"><div tabindex="-1" class="focusable-list-item" data-id="false_15551230000@c.us_3EB0B2000009"><div class="message-in focusable-list-item _amjy"><div class="copyable-text" data-pre-plain-text="[10:09, 11/22/2025] Acme Store Support: "><div><span dir="ltr" class="selectable-text copyable-text"><span>Refund reference RF-5521.</span></span></div></div></div></div></div>',
      );
      return ['agent', 'Acme Store Support', 'Refund reference RF-5521.', '10:09, 11/22/2025'];
    },
    composer: 'footer [contenteditable="true"]',
  },
  {
    adapter: telegramAdapter,
    ids: true,
    expected: [
      ['customer', null, 'Здравствуйте, заказ 48213 не пришёл', '10:01'],
      ['agent', 'Анна', 'Добрый день! Проверяю.', '10:03'],
      ['agent', 'Анна', 'Передаю вас коллеге.', '10:04'],
      ['system', null, 'Олег присоединился к группе', null],
      ['agent', 'Олег', 'Вернём деньги в течение 5 рабочих дней.', '10:05'],
      ['customer', null, 'ok', '10:06'],
      ['customer', null, 'ok', '10:06'],
    ],
    append: (list) => {
      html(
        list,
        '<div class="bubbles-group"><div class="bubble is-in is-group-first" data-mid="508" data-peer-id="-1001234567890"><div class="bubble-content"><div class="message" dir="auto">Трек-номер: RA123456789RU<span class="time tgico"><span class="i18n">10:08</span></span></div></div></div></div>',
        list.querySelector('section')!,
      );
      return ['agent', 'Олег', 'Трек-номер: RA123456789RU', '10:08'];
    },
    composer: '.input-message-input',
  },
];

const rows = (messages: ReadMessage[]): Row[] => messages.map((m) => [m.role, m.authorName, m.text, m.widgetTimeText]);
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const normal = (text: string) => text.replace(/\s+/g, ' ').trim();

function findComposer(document: Document, selector: string): HTMLElement {
  for (const root of collectRoots(document, env)) {
    const found = root.querySelector<HTMLElement>(selector);
    if (found) return found;
  }
  throw new Error(`no composer ${selector}`);
}

for (const vendor of CASES) {
  const { adapter } = vendor;
  describe(`${adapter.id} adapter`, () => {
    it('reads roles, names, texts, times and order from its fixture', () => {
      loadFixture(adapter.id);
      const messages = adapter.readTranscript(onlyList(adapter));
      expect(rows(messages)).toEqual(vendor.expected);
      const bots = messages.flatMap((m, index) => (m.bot ? [index] : []));
      expect(bots).toEqual(vendor.bots ?? []);
    });

    it('gives repeated text distinct keys, stable across reads, from widget ids when present', () => {
      loadFixture(adapter.id);
      const list = onlyList(adapter);
      const messages = adapter.readTranscript(list);
      const keys = keyMessages(messages);
      expect(new Set(keys).size).toBe(keys.length);
      expect(keyMessages(adapter.readTranscript(list))).toEqual(keys);
      const withIds = messages.filter((m) => m.role !== 'system').every((m) => m.widgetId !== null);
      expect(withIds).toBe(vendor.ids);
    });

    it('observe() reports a message appended later exactly once', async () => {
      loadFixture(adapter.id);
      const list = onlyList(adapter);
      const reported: KeyedMessage[][] = [];
      const controller = new AbortController();
      adapter.observe(list, { signal: controller.signal, onMessages: (m) => reported.push(m), delayMs: 10 });
      const expected = vendor.append(list);
      await wait(60);
      const markup = list.innerHTML;
      list.innerHTML = markup; // the widget re-renders everything
      await wait(60);
      expect(reported).toHaveLength(1);
      expect(rows(reported[0]!)).toEqual([expected]);
      controller.abort();
      vendor.append(list);
      await wait(60);
      expect(reported).toHaveLength(1);
    });

    it('insertDraft() fills the composer and fires input events, without sending', () => {
      const document = loadFixture(adapter.id);
      const composer = findComposer(document, vendor.composer);
      const events: string[] = [];
      for (const type of ['beforeinput', 'input', 'change', 'submit', 'keydown']) {
        composer.addEventListener(type, (event) => events.push(`${event.type}:${event.bubbles}`));
      }
      const text = 'Order 48213: please confirm the refund date. / Заказ / הזמנה';
      expect(adapter.insertDraft(onlyList(adapter), text)).toBe(true);
      const value = 'value' in composer ? (composer as HTMLTextAreaElement).value : composer.textContent;
      expect(value).toBe(text);
      expect(events).toContain('input:true');
      expect(events.some((e) => e.startsWith('submit') || e.startsWith('keydown'))).toBe(false);
    });

    it('leaves every text readable by the generic adapter', () => {
      loadFixture(adapter.id);
      const texts = genericAdapter.readTranscript(onlyList(adapter)).map((m) => m.text);
      for (const [, , text] of vendor.expected) {
        expect(
          texts.some((t) => t.includes(normal(text))),
          text,
        ).toBe(true);
      }
    });
  });
}

describe('generic adapter on vendor fixtures', () => {
  it('finds the list by ARIA where the widget has it (Zendesk, Intercom, Salesforce, WhatsApp)', () => {
    const found: Record<string, boolean> = {};
    for (const { adapter } of CASES) {
      const document = loadFixture(adapter.id);
      const lists = collectRoots(document, env).flatMap((root) => genericAdapter.detect(root, env));
      found[adapter.id] = lists.includes(onlyList(adapter));
    }
    expect(found).toEqual({
      zendesk: true,
      intercom: true,
      salesforce: true,
      chatwoot: false,
      rocketchat: false,
      zammad: false,
      papercups: false,
      // Found, but never run there: a messaging app's page runs only its own reader.
      whatsapp: true,
      telegram: false,
    });
  });
});

describe('insertDraft on pages without a composer', () => {
  it('returns false and changes nothing', () => {
    const document = loadFixture('zammad');
    document.querySelector('.zammad-chat-controls')!.remove();
    expect(zammadAdapter.insertDraft(onlyList(zammadAdapter), 'hello')).toBe(false);
  });
});
