import type { BackgroundPorts } from './ports';

const LIMIT = 100;

/**
 * Short rolling lists in storage.session: rejected messages with their reason, and the frames
 * where the chat script said hello. For the user's "what happened?" and for end-to-end tests.
 */
export async function appendDiagnostic(
  ports: BackgroundPorts,
  list: 'rejections' | 'frames',
  entry: Record<string, unknown>,
): Promise<void> {
  const current = (await ports.session.get<Record<string, unknown>[]>(list)) ?? [];
  await ports.session.set(list, [...current.slice(-(LIMIT - 1)), { ...entry, at: Date.now() }]);
}
