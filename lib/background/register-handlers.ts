import type { RepoContext } from '../db/context';
import { onMessage } from '../messaging/client';
import { guard } from './guard';
import { handleCaptureConversation, handleCaptureRun, handleCaptureUndo } from './handlers/capture';
import { handleChatDelivery, handleChatHello, handleChatPause, handleChatRecord } from './handlers/chat';
import { handleAddConversation, handleRemoveConversation } from './handlers/conversations';
import { handleDraftInsert } from './handlers/drafts';
import { handleDisableSite, handleEnableSite } from './handlers/sites';
import type { BackgroundPorts } from './ports';

export interface BackgroundDeps {
  ports: BackgroundPorts;
  repo: () => Promise<RepoContext>;
}

/** Registers every message handler; call synchronously at the top of the background script. */
export function registerHandlers(deps: BackgroundDeps): void {
  onMessage(
    'chat.hello',
    guard('chat.hello', deps.ports, (data, sender) => handleChatHello(deps, data, sender)),
  );
  onMessage(
    'chat.record',
    guard('chat.record', deps.ports, (data, sender) => handleChatRecord(deps, data, sender)),
  );
  onMessage(
    'chat.pause',
    guard('chat.pause', deps.ports, (data, sender) => handleChatPause(deps, data, sender)),
  );
  onMessage(
    'chat.delivery',
    guard('chat.delivery', deps.ports, (data, sender) => handleChatDelivery(deps, data, sender)),
  );
  onMessage(
    'sites.enable',
    guard('sites.enable', deps.ports, (data) => handleEnableSite(deps, data)),
  );
  onMessage(
    'sites.disable',
    guard('sites.disable', deps.ports, (data) => handleDisableSite(deps, data)),
  );
  onMessage(
    'conversations.add',
    guard('conversations.add', deps.ports, (data) => handleAddConversation(deps, data)),
  );
  onMessage(
    'conversations.remove',
    guard('conversations.remove', deps.ports, (data) => handleRemoveConversation(deps, data)),
  );
  onMessage(
    'capture.run',
    guard('capture.run', deps.ports, (data) => handleCaptureRun(deps, data)),
  );
  onMessage(
    'capture.undo',
    guard('capture.undo', deps.ports, (data) => handleCaptureUndo(deps, data)),
  );
  onMessage(
    'capture.conversation',
    guard('capture.conversation', deps.ports, (data) => handleCaptureConversation(deps, data)),
  );
  onMessage(
    'draft.insert',
    guard('draft.insert', deps.ports, (data) => handleDraftInsert(deps, data)),
  );
}
