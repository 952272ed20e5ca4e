import type { EvidenceRecord } from '../schemas/evidence';

/** One card of the Evidence tab: a whole capture, or an item saved on its own. */
export interface EvidenceGroup {
  /** The capture id, or the item's id for an item saved on its own. */
  key: string;
  /** What the card shows: the capture's screenshot, else its first item. */
  primary: EvidenceRecord;
  /** The capture's page archive (MHTML), when it has one. */
  archive: EvidenceRecord | null;
  /** Every visible item of the card, the primary first. */
  items: EvidenceRecord[];
  createdAt: number;
}

const byNewest = (a: { createdAt: number; key: string }, b: { createdAt: number; key: string }) =>
  b.createdAt - a.createdAt || (a.key < b.key ? 1 : a.key > b.key ? -1 : 0);

/**
 * Cards for a case's evidence, newest first: the items one capture saved share a card (the
 * screenshot's), every other item has its own. Hidden items (Undo) are left out.
 */
export function groupCaptures(items: readonly EvidenceRecord[]): EvidenceGroup[] {
  const captures = new Map<string, EvidenceRecord[]>();
  const groups: EvidenceGroup[] = [];
  for (const item of items) {
    if (item.hiddenAt !== null) continue;
    if (item.captureId === null) {
      groups.push({ key: item.id, primary: item, archive: null, items: [item], createdAt: item.createdAt });
      continue;
    }
    const members = captures.get(item.captureId);
    if (members) members.push(item);
    else captures.set(item.captureId, [item]);
  }
  for (const [captureId, members] of captures) {
    const primary = members.find((item) => item.kind === 'screenshot') ?? members[0]!;
    const archive = members.find((item) => item.kind === 'page-archive' && item !== primary) ?? null;
    groups.push({
      key: captureId,
      primary,
      archive,
      items: [primary, ...members.filter((item) => item !== primary)],
      createdAt: Math.max(...members.map((item) => item.createdAt)),
    });
  }
  return groups.sort(byNewest);
}
