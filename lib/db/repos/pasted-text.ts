import { preparePastedText, type PastedTextInput } from '../../evidence/pasted-text';
import type { EvidenceRecord } from '../../schemas/evidence';
import type { FactRecord } from '../../schemas/fact';
import type { RepoContext } from '../context';
import { addEvidence } from './evidence';

export class PastedTextEmptyError extends Error {
  readonly code = 'pasted-text-empty';
  constructor() {
    super('There is no text to add.');
    this.name = 'PastedTextEmptyError';
  }
}

export interface PastedTextOutcome {
  record: EvidenceRecord;
  /** The new facts found in it, suggested in the Facts tab. */
  facts: FactRecord[];
  truncated: boolean;
}

/**
 * An e-mail or transcript the company sent, pasted by the user: stored whole as a text file,
 * its first MAX_MESSAGE_TEXT characters as the item's text, and facts found in that text
 * suggested in the same transaction, as for a capture.
 */
export async function addPastedText(
  ctx: RepoContext,
  caseId: string,
  input: PastedTextInput,
  options: { untitled: string; dateOrder?: 'dmy' | 'mdy' },
): Promise<PastedTextOutcome> {
  if (!input.body.trim()) throw new PastedTextEmptyError();
  const prepared = preparePastedText(input);
  const [record] = await addEvidence(
    ctx,
    caseId,
    [
      {
        kind: 'pasted-text',
        blob: new Blob([prepared.full], { type: 'text/plain;charset=utf-8' }),
        mime: 'text/plain;charset=utf-8',
        text: prepared.text,
        pageTitle: prepared.subject ?? options.untitled,
        pasted: { from: prepared.from, subject: prepared.subject, originalLength: prepared.full.length },
      },
    ],
    {
      details: { text: prepared.subject ?? prepared.text.slice(0, 140) },
      ...(options.dateOrder ? { dateOrder: options.dateOrder } : {}),
    },
  );
  const facts = (await ctx.db.facts.where('caseId').equals(caseId).toArray()).filter(
    (fact) => fact.source.kind === 'evidence' && fact.source.id === record!.id,
  );
  return { record: record!, facts, truncated: prepared.truncated };
}
