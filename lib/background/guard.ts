import type { z } from 'zod';
import { CaptureNotFoundError } from '../capture/add-conversation';
import { CaptureRefusedError } from '../capture/run-capture';
import { isQuotaError } from '../db/errors';
import { DatabaseTooNewError } from '../db/open';
import { messageRules, type MessageName } from '../messaging/schemas';
import type { Rejection, RejectionCode } from '../messaging/protocol';
import { appendDiagnostic } from './diagnostics';
import type { BackgroundPorts, MessageSenderInfo } from './ports';
import { MAX_PAYLOAD_CHARS } from '../schemas/limits';

/** Over 1 MB of serialised text is refused before parsing: no page can make the worker choke. */
export const MAX_MESSAGE_BYTES = MAX_PAYLOAD_CHARS;

export class HandlerRefusal extends Error {
  constructor(
    readonly code: RejectionCode,
    message: string,
  ) {
    super(message);
  }
}

export function reject(code: RejectionCode, message: string, reason?: string): Rejection {
  return { ok: false, error: reason === undefined ? { code, message } : { code, message, reason } };
}

function isFromExtensionPage(sender: MessageSenderInfo, ports: BackgroundPorts) {
  return sender.url?.startsWith(`${ports.extensionOrigin}/`) === true;
}

/** Whether the sender is the kind of context the message is meant to come from. */
export function senderProblem(sender: MessageSenderInfo, from: 'content' | 'extension', ports: BackgroundPorts) {
  if (sender.id !== ports.extensionId) return 'sent by another extension';
  const fromPage = isFromExtensionPage(sender, ports);
  if (from === 'content') {
    if (fromPage) return 'a content-script message sent from an extension page';
    if (sender.tab?.id === undefined) return 'a content-script message without a tab';
    return null;
  }
  return fromPage ? null : 'an extension-page message sent from a web page';
}

export type SchemaOutput<N extends MessageName> = z.infer<(typeof messageRules)[N]['schema']>;

/**
 * Wraps a handler: checks the sender, the size and the payload; turns every failure into a
 * rejection with a logged reason. Nothing a page sends can throw out of here.
 */
export function guard<N extends MessageName, R extends object>(
  name: N,
  ports: BackgroundPorts,
  handler: (data: SchemaOutput<N>, sender: MessageSenderInfo) => Promise<({ ok: true } & R) | Rejection>,
) {
  const rule = messageRules[name];
  return async (message: { data: unknown; sender: MessageSenderInfo }): Promise<({ ok: true } & R) | Rejection> => {
    const refuse = async (code: RejectionCode, reason: string, known?: string) => {
      const where = `tab ${message.sender.tab?.id ?? '-'} frame ${message.sender.frameId ?? '-'}`;
      ports.log(`rejected ${name} from ${where}: ${code}: ${reason}`);
      await appendDiagnostic(ports, 'rejections', { name, code, reason, url: message.sender.url ?? null }).catch(
        () => undefined,
      );
      return reject(code, reason, known);
    };
    try {
      const problem = senderProblem(message.sender, rule.from, ports);
      if (problem) return await refuse('forged-sender', problem);
      let size: number;
      try {
        size = JSON.stringify(message.data ?? null).length;
      } catch {
        return await refuse('invalid-payload', 'payload is not serialisable');
      }
      if (size > MAX_MESSAGE_BYTES) return await refuse('too-large', `payload of ${size} characters is over 1 MB`);
      const parsed = rule.schema.safeParse(message.data);
      if (!parsed.success) {
        const issues = parsed.error.issues
          .slice(0, 5)
          .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
          .join('; ');
        return await refuse('invalid-payload', issues);
      }
      return await handler(parsed.data as SchemaOutput<N>, message.sender);
    } catch (error) {
      if (error instanceof HandlerRefusal) return await refuse(error.code, error.message);
      if (error instanceof CaptureRefusedError) return await refuse('capture-refused', error.message, error.reason);
      if (error instanceof CaptureNotFoundError) return await refuse('capture-not-found', error.message);
      if (error instanceof DatabaseTooNewError) return await refuse('database-too-new', error.message);
      if (isQuotaError(error)) return await refuse('storage-full', 'the browser refused to store more data');
      return await refuse('internal', error instanceof Error ? error.message : String(error));
    }
  };
}
