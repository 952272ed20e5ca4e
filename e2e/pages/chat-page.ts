import type { Frame, Page } from '@playwright/test';
import type { TestProxy } from '../support/proxy';

export type ChatRole = 'agent' | 'customer';

export interface SayOptions {
  name?: string;
  time?: string;
}

/** `window.testChat`, defined by e2e/pages-static/chat.js in the frame that holds the chat. */
interface TestChatApi {
  label: string;
  say(role: ChatRole, text: string, extra?: SayOptions): number;
  rerender(): void;
  replaceList(): void;
  count(): number;
}
type ChatWindow = { testChat: TestChatApi };

/** Where the chat widget lives on a test page. */
export type Embedding =
  'page' | 'cross-origin iframe' | 'about:blank iframe' | 'open shadow root' | 'closed shadow root';

export interface EmbeddingSpec {
  path: string;
  /** The label the page puts into its history messages (see chat.js). */
  label: string;
  /** Whether `window.testChat` lives in the page's child frame rather than the page itself. */
  chatInChildFrame: boolean;
  /** How the content script that reads the chat describes its frame. */
  frameKind: 'top' | 'iframe';
  /** The URL the background records as the message's frame. */
  frameUrl: (proxy: TestProxy) => string;
}

export const EMBEDDINGS: Record<Embedding, EmbeddingSpec> = {
  page: {
    path: '/chat.html',
    label: 'main page',
    chatInChildFrame: false,
    frameKind: 'top',
    frameUrl: (proxy) => `${proxy.mainOrigin}/chat.html`,
  },
  'cross-origin iframe': {
    path: '/iframe-cross.html',
    label: 'cross-origin iframe',
    chatInChildFrame: true,
    frameKind: 'iframe',
    frameUrl: (proxy) => `${proxy.secondOrigin}/chat.html?label=cross-origin%20iframe`,
  },
  'about:blank iframe': {
    path: '/iframe-blank.html',
    label: 'about:blank iframe',
    chatInChildFrame: false,
    frameKind: 'iframe',
    frameUrl: () => 'about:blank',
  },
  'open shadow root': {
    path: '/shadow-open.html',
    label: 'open shadow root',
    chatInChildFrame: false,
    frameKind: 'top',
    frameUrl: (proxy) => `${proxy.mainOrigin}/shadow-open.html`,
  },
  'closed shadow root': {
    path: '/shadow-closed.html',
    label: 'closed shadow root',
    chatInChildFrame: false,
    frameKind: 'top',
    frameUrl: (proxy) => `${proxy.mainOrigin}/shadow-closed.html`,
  },
};

/** The two messages every test chat starts with (already on screen when the page loads). */
export function historyOf(label: string) {
  return [
    { role: 'agent' as const, text: `Hello, this is Dana from billing (${label}).`, authorName: 'Dana', time: '10:01' },
    { role: 'customer' as const, text: `My order A-10042 is late (${label}).`, authorName: null, time: null },
  ];
}

/** A test page with a support chat, driven like a user and an agent typing into it. */
export class ChatPage {
  private constructor(
    readonly page: Page,
    /** The frame whose `window.testChat` drives the chat. */
    readonly chatFrame: Frame,
    readonly label: string,
  ) {}

  static async open(page: Page, url: string, options: { chatInChildFrame?: boolean } = {}): Promise<ChatPage> {
    await page.goto(url);
    let frame = page.mainFrame();
    if (options.chatInChildFrame) {
      await page.locator('iframe#widget').waitFor();
      const child = await (await page.locator('iframe#widget').elementHandle())?.contentFrame();
      if (!child) throw new Error(`no widget iframe on ${url}`);
      frame = child;
    }
    await frame.waitForFunction(() => 'testChat' in window);
    const label = await frame.evaluate(() => (window as unknown as ChatWindow).testChat.label);
    return new ChatPage(page, frame, label);
  }

  static async openEmbedding(page: Page, proxy: TestProxy, embedding: Embedding): Promise<ChatPage> {
    const spec = EMBEDDINGS[embedding];
    return ChatPage.open(page, proxy.mainOrigin + spec.path, { chatInChildFrame: spec.chatInChildFrame });
  }

  history() {
    return historyOf(this.label);
  }

  /** Appends a message to the transcript; returns how many messages the list now holds. */
  say(role: ChatRole, text: string, extra: SayOptions = {}): Promise<number> {
    return this.chatFrame.evaluate(
      ({ role, text, extra }) => (window as unknown as ChatWindow).testChat.say(role, text, extra),
      { role, text, extra },
    );
  }

  /** Re-renders every message element with the same content (what frameworks do). */
  rerender(): Promise<void> {
    return this.chatFrame.evaluate(() => (window as unknown as ChatWindow).testChat.rerender());
  }

  /** Replaces the whole transcript element with a copy of itself. */
  replaceList(): Promise<void> {
    return this.chatFrame.evaluate(() => (window as unknown as ChatWindow).testChat.replaceList());
  }

  count(): Promise<number> {
    return this.chatFrame.evaluate(() => (window as unknown as ChatWindow).testChat.count());
  }

  /**
   * Appends `texts` one after another, `pauseMs` apart, from inside the page; resolves when the
   * last one is on screen. Not awaited at once, it lets a test act while messages stream in.
   */
  stream(role: ChatRole, texts: string[], pauseMs: number): Promise<void> {
    return this.chatFrame.evaluate(
      async ({ role, texts, pauseMs }) => {
        for (const text of texts) {
          (window as unknown as ChatWindow).testChat.say(role, text);
          await new Promise((resolve) => setTimeout(resolve, pauseMs));
        }
      },
      { role, texts, pauseMs },
    );
  }
}
