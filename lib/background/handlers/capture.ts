import { addWholeConversation } from '../../capture/add-conversation';
import { runCapture } from '../../capture/run-capture';
import type { RepoContext } from '../../db/context';
import { hideCapture } from '../../db/repos/items';
import type { CaptureConversation, CaptureRun, CaptureUndo } from '../../messaging/schemas';
import type { BackgroundPorts } from '../ports';

export interface CaptureHandlerDeps {
  ports: BackgroundPorts;
  repo: () => Promise<RepoContext>;
}

export async function handleCaptureRun(deps: CaptureHandlerDeps, request: CaptureRun) {
  const outcome = await runCapture(await deps.repo(), deps.ports.capture, request.tabId, request.requestId);
  return { ok: true as const, ...outcome };
}

export async function handleCaptureUndo(deps: CaptureHandlerDeps, request: CaptureUndo) {
  return { ok: true as const, hidden: await hideCapture(await deps.repo(), request.captureId) };
}

export async function handleCaptureConversation(deps: CaptureHandlerDeps, request: CaptureConversation) {
  const outcome = await addWholeConversation(await deps.repo(), deps.ports.capture, request.tabId, request.captureId);
  return { ok: true as const, ...outcome };
}
