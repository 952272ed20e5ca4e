import { attachmentMime, attachmentRefusalForSize, type AttachmentRefusal } from '../../evidence/attachment-checks';
import type { EvidenceRecord } from '../../schemas/evidence';
import { MAX_ATTACHMENT_BYTES } from '../../schemas/limits';
import type { RepoContext } from '../context';
import { isQuotaError } from '../errors';
import { addEvidence } from './evidence';

export interface AttachmentOutcome {
  added: EvidenceRecord[];
  refused: { fileName: string; reason: AttachmentRefusal }[];
}

/**
 * Attaches files the user picked or dropped, each as its own item with its own event. A file
 * that is empty, too large, unreadable or finds no room left is refused by name; the others still go in. The bytes
 * are read once, so the stored file is exactly the one its digest was computed from.
 */
export async function addAttachments(
  ctx: RepoContext,
  caseId: string,
  files: readonly File[],
  limit = MAX_ATTACHMENT_BYTES,
): Promise<AttachmentOutcome> {
  const outcome: AttachmentOutcome = { added: [], refused: [] };
  for (const file of files) {
    const refuse = (reason: AttachmentRefusal) => outcome.refused.push({ fileName: file.name, reason });
    const before = attachmentRefusalForSize(file.size, limit);
    if (before) {
      refuse(before);
      continue;
    }
    let bytes: ArrayBuffer;
    try {
      bytes = await file.arrayBuffer();
    } catch {
      refuse('unreadable');
      continue;
    }
    // The file may have changed on disk since it was picked.
    const after = attachmentRefusalForSize(bytes.byteLength, limit);
    if (after) {
      refuse(after);
      continue;
    }
    const mime = attachmentMime(file.type);
    const fileName = file.name.slice(0, 500) || null;
    let added: EvidenceRecord[];
    try {
      added = await addEvidence(
        ctx,
        caseId,
        [{ kind: 'attachment', blob: new Blob([bytes], { type: mime }), mime, fileName }],
        { details: { text: fileName } },
      );
    } catch (error) {
      // Said per file: the files before it are in, and adding the whole batch again would double them.
      if (!isQuotaError(error)) throw error;
      refuse('storage-full');
      continue;
    }
    outcome.added.push(...added);
  }
  return outcome;
}
