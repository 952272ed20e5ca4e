import type { RepoContext } from '../../db/context';
import { updateSettings } from '../../db/repos/settings';
import { messagingAppById } from '../../messaging-apps/apps';
import type { ConversationAdd, ConversationRemove } from '../../messaging/schemas';
import { HandlerRefusal } from '../guard';
import type { BackgroundPorts } from '../ports';
import { startMessagingAppScriptInOpenTabs, syncContentScripts } from '../registration';

export interface ConversationsHandlerDeps {
  ports: BackgroundPorts;
  repo: () => Promise<RepoContext>;
}

/** "Record this conversation": the page asked for the app's access; here we check and register. */
export async function handleAddConversation(deps: ConversationsHandlerDeps, request: ConversationAdd) {
  const app = messagingAppById(request.app)!;
  if (!(await deps.ports.permissions.containsOrigins([...app.patterns]))) {
    throw new HandlerRefusal('permission-missing', `access to ${app.name} was not granted`);
  }
  const ctx = await deps.repo();
  const settings = await updateSettings(ctx, (current) => {
    const earlier = current.recordedConversations.find(
      (c) => c.app === request.app && c.conversationId === request.conversationId,
    );
    return {
      ...current,
      recordedConversations: [
        ...current.recordedConversations.filter((c) => c !== earlier),
        {
          app: request.app,
          conversationId: request.conversationId,
          title: request.title,
          addedAt: earlier?.addedAt ?? ctx.now(),
          // Recording it again continues in the same case.
          caseId: earlier?.caseId ?? null,
        },
      ],
    };
  });
  await syncContentScripts(deps.ports, settings);
  await startMessagingAppScriptInOpenTabs(deps.ports, app);
  return { ok: true as const, conversationId: request.conversationId };
}

/** "Stop recording this conversation": batches for it are refused from now on. */
export async function handleRemoveConversation(deps: ConversationsHandlerDeps, request: ConversationRemove) {
  const ctx = await deps.repo();
  const settings = await updateSettings(ctx, (current) => ({
    ...current,
    recordedConversations: current.recordedConversations.filter(
      (c) => !(c.app === request.app && c.conversationId === request.conversationId),
    ),
  }));
  await syncContentScripts(deps.ports, settings);
  const app = messagingAppById(request.app);
  if (app) await startMessagingAppScriptInOpenTabs(deps.ports, app);
  return { ok: true as const, conversationId: request.conversationId };
}
