import type { ConversationOutcome } from '../capture/add-conversation';
import type { CaptureOutcome } from '../capture/run-capture';
import type {
  CaptureConversation,
  CaptureRun,
  CaptureUndo,
  ChatHello,
  ChatRecord,
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
}

export interface RecordReply {
  caseId: string;
  /** Keys now safely stored (new, revised or already there): the content script drops them. */
  acknowledged: string[];
}

/** The one protocol map: name → (payload) => reply. */
export interface ProtocolMap {
  'chat.hello'(data: ChatHello): Reply<HelloReply>;
  'chat.record'(data: ChatRecord): Reply<RecordReply>;
  'sites.enable'(data: SiteEnable): Reply<{ site: string }>;
  'sites.disable'(data: SiteDisable): Reply<{ site: string }>;
  'capture.run'(data: CaptureRun): Reply<CaptureOutcome>;
  'capture.undo'(data: CaptureUndo): Reply<{ hidden: number }>;
  'capture.conversation'(data: CaptureConversation): Reply<ConversationOutcome>;
}
