import { gatherEvidence, scoreDetection, type Detection, type PageLocation } from './detection';
import { genericAdapter } from './generic';
import type { ChatAdapter } from './types';
import { chatwootAdapter } from './vendors/chatwoot';
import { intercomAdapter } from './vendors/intercom';
import { papercupsAdapter } from './vendors/papercups';
import { rocketchatAdapter } from './vendors/rocketchat';
import { salesforceAdapter } from './vendors/salesforce';
import { telegramAdapter } from './vendors/telegram';
import { whatsappAdapter } from './vendors/whatsapp';
import { zammadAdapter } from './vendors/zammad';
import { zendeskAdapter } from './vendors/zendesk';

export interface RegistryEntry {
  id: string;
  name: string;
  detection: Detection;
  /** A vendor adapter, or the generic one for widgets we only recognise. */
  adapter: ChatAdapter;
  /** tests/fixtures/adapters/<fixture>.html: hand-written markup this entry must detect. */
  fixture: string;
}

/** Widgets with their own reader; see docs/adapters.md for what is verified and what is a guess. */
const VENDORS: readonly RegistryEntry[] = [
  {
    id: 'zendesk',
    name: 'Zendesk Messaging',
    adapter: zendeskAdapter,
    fixture: 'zendesk',
    detection: {
      scriptHosts: ['static.zdassets.com'],
      containers: [
        'iframe[name="Messaging window"]',
        'iframe#webWidget',
        'script#ze-snippet',
        '[data-garden-id] [role="log"]',
      ],
      globals: ['zE', 'zEmbed'],
    },
  },
  {
    id: 'intercom',
    name: 'Intercom Messenger',
    adapter: intercomAdapter,
    fixture: 'intercom',
    detection: {
      scriptHosts: ['widget.intercom.io', 'js.intercomcdn.com'],
      containers: [
        '#intercom-container',
        'iframe[name="intercom-messenger-frame"]',
        'iframe[name="intercom-launcher-frame"]',
        '.intercom-conversation-body',
      ],
      globals: ['Intercom'],
    },
  },
  {
    id: 'salesforce',
    name: 'Salesforce Embedded Messaging',
    adapter: salesforceAdapter,
    fixture: 'salesforce',
    detection: {
      scriptHosts: ['salesforce-scrt.com'],
      scriptPaths: ['/embeddedservice/', '/ESWMessaging', 'embeddedMessaging'],
      frameHosts: ['salesforce-scrt.com'],
      containers: ['div.embedded-messaging', 'iframe#embeddedMessagingFrame', 'embeddedmessaging-app'],
      globals: ['embeddedservice_bootstrap', 'embedded_svc'],
    },
  },
  {
    id: 'chatwoot',
    name: 'Chatwoot',
    adapter: chatwootAdapter,
    fixture: 'chatwoot',
    detection: {
      scriptHosts: ['app.chatwoot.com'],
      scriptPaths: ['/packs/js/sdk.js'],
      frameHosts: ['app.chatwoot.com'],
      containers: [
        '.woot-widget-holder',
        'iframe#chatwoot_live_chat_widget',
        '.conversation-wrap .agent-message-wrap, .conversation-wrap .user-message-wrap',
      ],
      globals: ['chatwootSDK', '$chatwoot'],
    },
  },
  {
    id: 'rocketchat',
    name: 'Rocket.Chat Livechat',
    adapter: rocketchatAdapter,
    fixture: 'rocketchat',
    detection: {
      scriptPaths: ['/livechat/rocketchat-livechat.min.js'],
      framePaths: ['/livechat'],
      containers: ['iframe#rocketchat-iframe', '.rocketchat-widget', '[data-qa="message-list"]'],
      globals: ['RocketChat'],
    },
  },
  {
    id: 'zammad',
    name: 'Zammad chat',
    adapter: zammadAdapter,
    fixture: 'zammad',
    detection: {
      scriptPaths: ['/assets/chat/chat.min.js', '/assets/chat/chat-no-jquery.min.js'],
      containers: ['.zammad-chat', '.zammad-chat-body'],
      globals: ['ZammadChat'],
    },
  },
  {
    id: 'papercups',
    name: 'Papercups',
    adapter: papercupsAdapter,
    fixture: 'papercups',
    detection: {
      scriptHosts: ['app.papercups.io', 'chat-widget.papercups.io'],
      frameHosts: ['chat-widget.papercups.io'],
      containers: ['iframe.Papercups-chatWindowContainer', '.Papercups-chatWindowContainer', '.Text--markdown'],
      globals: ['Papercups'],
    },
  },
  // Messaging apps: recorded per conversation only (lib/messaging-apps/, docs/messaging-apps.md).
  {
    id: 'whatsapp',
    name: 'WhatsApp Web',
    adapter: whatsappAdapter,
    fixture: 'whatsapp',
    detection: {
      frameHosts: ['web.whatsapp.com'],
      containers: ['#main [data-pre-plain-text]', '#main [role="application"] [data-id]'],
    },
  },
  {
    id: 'telegram',
    name: 'Telegram Web',
    adapter: telegramAdapter,
    fixture: 'telegram',
    detection: {
      frameHosts: ['web.telegram.org'],
      containers: ['.bubbles-inner .bubble[data-mid]', '.MessageList .message-list-item[data-message-id]'],
    },
  },
];

/** Widgets we recognise but read with the generic adapter (markup not known well enough). */
const RECOGNISED: readonly RegistryEntry[] = [
  {
    id: 'livechat',
    name: 'LiveChat',
    adapter: genericAdapter,
    fixture: 'livechat',
    detection: {
      scriptHosts: ['cdn.livechatinc.com'],
      frameHosts: ['secure.livechatinc.com'],
      containers: ['#chat-widget-container', 'iframe#chat-widget', '#chat-widget-minimized'],
      globals: ['LC_API', 'LiveChatWidget'],
    },
  },
  {
    id: 'drift',
    name: 'Drift',
    adapter: genericAdapter,
    fixture: 'drift',
    detection: {
      scriptHosts: ['js.driftt.com'],
      containers: ['#drift-frame-controller', '#drift-frame-chat', '#drift-widget-container'],
      globals: ['drift'],
    },
  },
  {
    id: 'freshchat',
    name: 'Freshchat',
    adapter: genericAdapter,
    fixture: 'freshchat',
    detection: {
      scriptHosts: ['wchat.freshchat.com'],
      containers: ['#fc_frame', '#freshworks-container'],
      globals: ['fcWidget'],
    },
  },
  {
    id: 'tidio',
    name: 'Tidio',
    adapter: genericAdapter,
    fixture: 'tidio',
    detection: {
      scriptHosts: ['code.tidio.co'],
      containers: ['#tidio-chat', 'iframe#tidio-chat-iframe', '[data-tidio-element="message"]'],
      globals: ['tidioChatApi'],
    },
  },
  {
    id: 'crisp',
    name: 'Crisp',
    adapter: genericAdapter,
    fixture: 'crisp',
    detection: {
      scriptHosts: ['client.crisp.chat'],
      containers: ['.crisp-client', '#crisp-chatbox'],
      globals: ['$crisp'],
    },
  },
  {
    id: 'hubspot',
    name: 'HubSpot chat',
    adapter: genericAdapter,
    fixture: 'hubspot',
    detection: {
      scriptHosts: ['js.usemessages.com'],
      containers: ['#hubspot-messages-iframe-container'],
      globals: ['HubSpotConversations'],
    },
  },
  {
    id: 'gorgias',
    name: 'Gorgias',
    adapter: genericAdapter,
    fixture: 'gorgias',
    detection: {
      scriptHosts: ['config.gorgias.chat'],
      containers: ['#gorgias-chat-container', 'iframe[id*="gorgias" i]'],
      globals: ['GorgiasChat'],
    },
  },
  {
    id: 'jivochat',
    name: 'JivoChat',
    adapter: genericAdapter,
    fixture: 'jivochat',
    detection: { scriptHosts: ['code.jivosite.com', 'code.jivo.ru'], globals: ['jivo_api'] },
  },
  {
    id: 'bitrix24',
    name: 'Bitrix24 open lines',
    adapter: genericAdapter,
    fixture: 'bitrix24',
    detection: {
      scriptPaths: ['/crm/site_button/loader_'],
      containers: ['.b24-widget-button-wrapper'],
      globals: ['BX'],
    },
  },
  {
    id: 'talkme',
    name: 'Talk-Me',
    adapter: genericAdapter,
    fixture: 'talkme',
    detection: { scriptHosts: ['lcab.talk-me.ru'], globals: ['TalkMe'] },
  },
  {
    id: 'livetex',
    name: 'LiveTex',
    adapter: genericAdapter,
    fixture: 'livetex',
    detection: { scriptHosts: ['livetex.ru'], globals: ['LiveTex'] },
  },
  {
    id: 'liveperson',
    name: 'LivePerson',
    adapter: genericAdapter,
    fixture: 'liveperson',
    detection: {
      scriptHosts: ['lptag.liveperson.net', 'lpcdn.lpsnmedia.net'],
      containers: ['.LPMcontainer'],
      globals: ['lpTag'],
    },
  },
];

export const REGISTRY: readonly RegistryEntry[] = /* @__PURE__ */ VENDORS.concat(RECOGNISED);

/**
 * What the recorder runs on other sites, in order: the vendor readers first, the generic one last. The recorder
 * watches a list once — a list (or one inside it, or around it) that an earlier adapter took is
 * not taken again — so the generic adapter reads only what no vendor adapter claimed.
 */
export const ADAPTERS: readonly ChatAdapter[] = [
  zendeskAdapter,
  intercomAdapter,
  salesforceAdapter,
  chatwootAdapter,
  rocketchatAdapter,
  zammadAdapter,
  papercupsAdapter,
  genericAdapter,
];

export interface Detected {
  entry: RegistryEntry;
  score: number;
}

/** Every entry whose rules hold under a root, strongest first (registry order breaks ties). */
export function detectWidgets(
  root: Document | ShadowRoot,
  location: PageLocation,
  globals?: ReadonlySet<string>,
): Detected[] {
  const evidence = gatherEvidence(root, location, globals);
  return REGISTRY.map((entry) => ({ entry, score: scoreDetection(entry.detection, evidence) }))
    .filter((found) => found.score > 0)
    .sort((a, b) => b.score - a.score);
}

/** The most specific adapter whose widget is detected under `root`, else the generic adapter. */
export function pickAdapter(
  root: Document | ShadowRoot,
  location: PageLocation,
  globals?: ReadonlySet<string>,
): ChatAdapter {
  return detectWidgets(root, location, globals)[0]?.entry.adapter ?? genericAdapter;
}
