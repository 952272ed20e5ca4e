import type { RepoContext } from '../../db/context';
import { isConstraintError } from '../../db/errors';
import type { EvidenceRecord } from '../../schemas/evidence';
import { refuse } from './import-error';
import type { ImportedCase } from './import-content';
import { logKeptCopy, renumberCase } from './keep-both';
import type { ConflictChoice, ImportPlan } from './plan';

/** A choice per conflicting case id; a conflict without one is skipped. */
export type ImportChoices = Readonly<Record<string, ConflictChoice>>;

export interface ImportResult {
  /** Cases written with their own ids (new or replacing the one here). */
  imported: string[];
  replaced: string[];
  skipped: string[];
  /** Keep both: the original id and the copy's new id. */
  copies: { from: string; to: string }[];
  settingsImported: boolean;
}

export interface ImportProgress {
  done: number;
  total: number;
}

function toBlobs(c: ImportedCase): EvidenceRecord[] {
  return c.evidence.map(({ bytes, ...meta }) => ({
    ...meta,
    blob: new Blob([bytes as BlobPart], { type: meta.mime }),
  }));
}

/**
 * Writes a checked plan in ONE transaction: every case as chosen, or nothing at all. Cases with
 * their own ids carry their log unchanged, so it verifies here as it did in the file.
 */
export async function applyImport(
  ctx: RepoContext,
  plan: ImportPlan,
  choices: ImportChoices,
  onProgress?: (progress: ImportProgress) => void,
): Promise<ImportResult> {
  const { db } = ctx;
  const { content } = plan;
  const result: ImportResult = { imported: [], replaced: [], skipped: [], copies: [], settingsImported: false };
  const decided = plan.cases.map((planned, index) => {
    const choice = planned.conflict ? (choices[planned.id] ?? 'skip') : null;
    if (choice && !planned.conflict!.choices.includes(choice)) {
      refuse('conflict-choice', `"${choice}" is not possible for the case "${planned.title}".`);
    }
    return { planned, choice, data: content.cases[index]! };
  });
  const total = decided.length + 1;
  const tables = [db.cases, db.messages, db.evidence, db.facts, db.drafts, db.reminders, db.events, db.settings];
  try {
    await db.transaction('rw', tables, async () => {
      let done = 0;
      for (const { planned, choice, data } of decided) {
        if (choice === 'skip') {
          result.skipped.push(planned.id);
        } else if (choice === 'keep-both') {
          const { copy, ids } = renumberCase(ctx, data);
          await writeCase(ctx, copy);
          await logKeptCopy(ctx, data, copy, ids, content);
          result.copies.push({ from: planned.id, to: copy.record.id });
        } else {
          if (choice === 'replace') {
            for (const table of [db.messages, db.evidence, db.facts, db.drafts, db.reminders, db.events]) {
              await table.where('caseId').equals(planned.id).delete();
            }
            await db.cases.delete(planned.id);
            result.replaced.push(planned.id);
          }
          await writeCase(ctx, data);
          result.imported.push(planned.id);
        }
        onProgress?.({ done: ++done, total });
      }
      const loose = await db.reminders.bulkGet(content.looseReminders.map((r) => r.id));
      await db.reminders.bulkAdd(content.looseReminders.filter((_, i) => loose[i] === undefined));
      if (content.settings && plan.settings === 'import' && !(await db.settings.get('settings'))) {
        await db.settings.add(content.settings);
        result.settingsImported = true;
      }
      onProgress?.({ done: total, total });
    });
  } catch (error) {
    // A record whose id another case here already uses: the transaction left the database as it was.
    if (isConstraintError(error)) {
      refuse(
        'ids-in-use',
        'The file holds records whose ids are already used here by other cases. Nothing was imported.',
      );
    }
    throw error;
  }
  return result;
}

async function writeCase(ctx: RepoContext, c: ImportedCase) {
  const { db } = ctx;
  await db.cases.add(c.record);
  await db.messages.bulkAdd(c.messages);
  await db.evidence.bulkAdd(toBlobs(c));
  await db.facts.bulkAdd(c.facts);
  await db.drafts.bulkAdd(c.drafts);
  await db.reminders.bulkAdd(c.reminders);
  await db.events.bulkAdd(c.events);
}
