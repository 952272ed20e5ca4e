import type { ConversationOutcome } from '../capture/add-conversation';
import type { CaptureOutcome } from '../capture/run-capture';
import type {
  CaptureConversation,
  CaptureRun,
  CaptureUndo,
  DraftInsert,
  ChatHello,
  ChatDelivery,
  ChatPause,
  ChatRecord,
  ConversationAdd,
  ConversationRemove,
  SiteDisable,
  SiteEnable,
} from './schemas';

export type Rejection = {
  ok: false;
  /** `reason` names a known case the UI words itself (a capture refusal: 'browser-page', 'pdf'…). */
  error: { code: RejectionCode; message: string; reason?: string };
};
export type RejectionCode =
  | 'invalid-payload'
  | 'too-large'
  | 'forged-sender'
  | 'site-not-enabled'
  | 'conversation-not-recorded'
  | 'permission-missing'
  | 'storage-full'
  | 'database-too-new'
  | 'capture-refused'
  | 'capture-not-found'
  | 'internal';

export type Reply<T> = ({ ok: true } & T) | Rejection;

export interface HelloReply {
  /** False when the tab's site is not one the user enabled: the frame must not record. */
  recording: boolean;
  site: string | null;
  /** The user paused recording in this tab (the pill); batches are acknowledged and dropped. */
  paused: boolean;
  /** The pill's words in the user's language (the content script ships no translations). */
  pill: PillLabels | null;
  /**
   * On a messaging app's tab (WhatsApp Web, Telegram Web): the ids of the conversations the user
   * chose there; the content script records only while one of them is open. Null elsewhere.
   */
  conversations: string[] | null;
}

export interface PillLabels {
  recording: string;
  paused: string;
  pause: string;
  resume: string;
  /** Shown while the background refuses batches because the disk is full. */
  storageFull: string;
}

export interface RecordReply {
  /** Null when the tab is paused: nothing was stored. */
  caseId: string | null;
  /** Keys now safely stored (new, revised or already there): the content script drops them. */
  acknowledged: string[];
}

/**
 * Where a draft went: into the chat box of a tab (never sent: the user presses the widget's Send),
 * or nowhere — no web page to put it in, or no chat box Paper Trail may reach there.
 */
export interface DraftInsertOutcome {
  result: 'inserted' | 'no-tab' | 'no-chat-box';
  /** The page it went into. */
  tabTitle: string | null;
}

/** The one protocol map: name → (payload) => reply. */
export interface ProtocolMap {
  'chat.hello'(data: ChatHello): Reply<HelloReply>;
  'chat.record'(data: ChatRecord): Reply<RecordReply>;
  'chat.pause'(data: ChatPause): Reply<{ paused: boolean }>;
  /** `shown`: the tab's top frame took the state into its pill (false: no pill there yet). */
  'chat.delivery'(data: ChatDelivery): Reply<{ shown: boolean }>;
  'sites.enable'(data: SiteEnable): Reply<{ site: string }>;
  'sites.disable'(data: SiteDisable): Reply<{ site: string }>;
  'conversations.add'(data: ConversationAdd): Reply<{ conversationId: string }>;
  'conversations.remove'(data: ConversationRemove): Reply<{ conversationId: string }>;
  'capture.run'(data: CaptureRun): Reply<CaptureOutcome>;
  'capture.undo'(data: CaptureUndo): Reply<{ hidden: number }>;
  'capture.conversation'(data: CaptureConversation): Reply<ConversationOutcome>;
  'draft.insert'(data: DraftInsert): Reply<DraftInsertOutcome>;
}
