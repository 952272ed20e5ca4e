import { describe, expect, it } from 'vitest';
import { errorMessage } from '@/components/common/error-message';
import { CaseMissingError, RecordMissingError } from '@/lib/db/errors';
import { createCase, deleteCase } from '@/lib/db/repos/cases';
import { editFact } from '@/lib/db/repos/facts';
import { hideItem, moveItem } from '@/lib/db/repos/items';
import { addPastedText } from '@/lib/db/repos/pasted-text';
import { createI18n } from '@/lib/i18n/i18next';
import type { Locale } from '@/lib/schemas/common';
import { freshRepo } from '../helpers/repo';

const failureOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

describe('an edit to something no longer in the database', () => {
  it('names what is missing, changes nothing, and reads plainly in every locale', async () => {
    const { repo } = await freshRepo();
    const acme = await createCase(repo, { title: 'Acme', company: 'Acme', site: 'acme.example' });
    const other = await createCase(repo, { title: 'Other', company: 'Other', site: 'other.example' });
    const pasted = await addPastedText(
      repo,
      acme.id,
      { body: 'Refund in 5 days', from: '', subject: '' },
      {
        untitled: 'Untitled',
      },
    );

    const noFact = await failureOf(editFact(repo, 'gone-fact', 'A-1'));
    expect(noFact).toBeInstanceOf(RecordMissingError);
    expect(noFact).toMatchObject({ kind: 'fact', id: 'gone-fact' });
    expect(await failureOf(hideItem(repo, 'messages', 'gone-message'))).toMatchObject({ kind: 'message' });

    await deleteCase(repo, other.id);
    const toDeleted = await failureOf(moveItem(repo, 'evidence', pasted.record.id, other.id));
    expect(toDeleted).toBeInstanceOf(CaseMissingError);
    expect((await repo.db.evidence.get(pasted.record.id))?.caseId).toBe(acme.id);

    const words = (['en', 'he', 'ru'] as Locale[]).map((locale) => {
      const t = createI18n(locale, (key) => {
        throw new Error(`${locale}: no words for ${key}`);
      }).t;
      const text = errorMessage(noFact, t);
      expect(text).not.toMatch(/gone-fact|errors\./);
      expect(errorMessage(toDeleted, t)).toBe(t('errors.caseMissing'));
      return text;
    });
    expect(new Set(words).size).toBe(3);
  });
});
