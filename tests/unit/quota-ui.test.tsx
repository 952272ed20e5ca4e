// @vitest-environment happy-dom
import { vi } from 'vitest';

// happy-dom's Blob does not survive fake-indexeddb's structured clone: Node's is used everywhere
// (as in dossier-panel.test.tsx), before any module reads the global.
await vi.hoisted(async () => {
  const { Blob, File } = await import('node:buffer');
  Object.assign(globalThis, { Blob, File });
});

import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LocaleContext } from '@/components/common/locale-context';
import { BackupControls } from '@/components/options/BackupControls';
import { CapturePanel } from '@/components/popup/CapturePanel';
import { ExportDossierButton } from '@/components/workspace/dossier/ExportDossierButton';
import { DraftActions } from '@/components/workspace/drafts/DraftActions';
import { AttachOutcomeNotice } from '@/components/workspace/evidence/AttachOutcomeNotice';
import { AddFactForm } from '@/components/workspace/facts/AddFactForm';
import { errorMessage } from '@/components/common/error-message';
import { createCase } from '@/lib/db/repos/cases';
import { listCaseEvents } from '@/lib/db/repos/events';
import { createI18n } from '@/lib/i18n/i18next';
import { directionOf } from '@/lib/i18n/locale';
import { en } from '@/lib/i18n/locales/en';
import { he } from '@/lib/i18n/locales/he';
import { ru } from '@/lib/i18n/locales/ru';
import type { Locale } from '@/lib/schemas/common';
import { dumpDatabase } from '../helpers/db-fixture';
import { caseWithEverything, testReport } from '../helpers/dossier-case';
import { installQuota } from '../helpers/quota';
import { freshRepo } from '../helpers/repo';

const sent = vi.hoisted(() => ({ reply: null as unknown }));
vi.mock('@/lib/messaging/client', () => ({ sendMessage: async () => sent.reply }));

beforeEach(() => {
  sent.reply = null;
});
afterEach(cleanup);

function withLocale(node: React.ReactNode, locale: Locale = 'en') {
  return (
    <I18nextProvider i18n={createI18n(locale)}>
      <LocaleContext.Provider value={{ locale, dir: directionOf(locale), timeZone: 'Asia/Jerusalem' }}>
        {node}
      </LocaleContext.Provider>
    </I18nextProvider>
  );
}

const STRINGS = { en, he, ru } as const;

describe('what the user reads when the disk is full', () => {
  it.each(['en', 'he', 'ru'] as const)(
    'the popup (%s) words the background’s storage-full refusal and says what to do',
    async (locale) => {
      const { repo } = await freshRepo();
      sent.reply = { ok: false, error: { code: 'storage-full', message: 'the browser refused to store more data' } };
      render(withLocale(<CapturePanel repo={repo} tabId={4} autoStart />, locale));
      const panel = await screen.findByTestId('capture-panel');
      await waitFor(() => expect(panel.textContent).toContain(STRINGS[locale].errors.storageFull));
      expect(panel.textContent).not.toContain('the browser refused');
    },
  );

  it('a typed fact is kept in its field when it cannot be saved, and the error says why', async () => {
    const { repo, db } = await freshRepo();
    const acme = await createCase(repo, { title: 'Acme', company: 'Acme', site: 'acme.example' });
    const quota = await installQuota(db, 'disk');
    quota.fill();
    const errors: string[] = [];
    const i18n = createI18n('en');
    render(
      withLocale(
        <AddFactForm repo={repo} caseId={acme.id} onError={(error) => errors.push(errorMessage(error, i18n.t))} />,
      ),
    );
    const field = screen.getByLabelText(en.facts.add.value);
    fireEvent.change(field, { target: { value: 'Refund of $59.99 by 18 Nov' } });
    fireEvent.click(screen.getByRole('button', { name: en.facts.add.submit }));
    await waitFor(() => expect(errors).toEqual([en.errors.storageFull]));
    expect((field as HTMLInputElement).value).toBe('Refund of $59.99 by 18 Nov');

    quota.free();
    fireEvent.click(screen.getByRole('button', { name: en.facts.add.submit }));
    await waitFor(() => expect((field as HTMLInputElement).value).toBe(''));
    expect((await db.facts.toArray()).map((f) => f.value)).toEqual(['Refund of $59.99 by 18 Nov']);
  });

  it('a dossier is still saved when its export cannot be logged, and the user is told so', async () => {
    const env = await caseWithEverything();
    const quota = await installQuota(env.db, 'commit');
    const before = await dumpDatabase(env.db);
    quota.fill();
    const saved: string[] = [];
    render(
      withLocale(
        <ExportDossierButton
          repo={env.repo}
          caseId={env.acme.id}
          appVersion="1.2.3"
          renderReport={testReport}
          download={(_blob, fileName) => saved.push(fileName)}
        />,
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: en.dossierExport.export }));
    const status = await screen.findByTestId('dossier-export-status');
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(status.textContent).toBe(en.errors.exportNotLogged.replace('{{file}}', saved[0]!));
    expect(status.getAttribute('role')).toBe('alert');
    expect(await dumpDatabase(env.db)).toEqual(before);
  });

  it('a backup is saved on a full disk, and a date it cannot note does not read as a failure', async () => {
    const env = await caseWithEverything();
    const quota = await installQuota(env.db, 'disk');
    quota.fill();
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:backup');
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'Paper Trail',
      version: '1.2.3',
    });
    render(withLocale(<BackupControls repo={env.repo} onChanged={() => undefined} />));
    fireEvent.click(screen.getByRole('button', { name: en.options.exportAll }));
    const status = await screen.findByTestId('backup-status');
    expect(status.textContent, status.textContent ?? '').toMatch(
      new RegExp(`^${en.errors.backupDateNotSaved.split('{{file}}')[0]!}paper-trail-backup-.+\\.zip, but`),
    );
    expect(createObjectURL).toHaveBeenCalledTimes(1);
    expect(quota.refusals).toBe(1);
  });

  it('a draft put into the chat box is not offered for a second insert when it cannot be kept', async () => {
    const { repo, db } = await freshRepo();
    const acme = await createCase(repo, { title: 'Acme', company: 'Acme', site: 'acme.example' });
    const quota = await installQuota(db, 'commit');
    quota.fill();
    sent.reply = { ok: true, result: 'inserted', tabTitle: 'Acme help' };
    render(
      withLocale(
        <DraftActions
          repo={repo}
          site="acme.example"
          draft={{
            caseId: acme.id,
            scenario: 'refund-request',
            locale: 'ru',
            length: 'short',
            text: 'Верните деньги.',
          }}
          blanksLeft={0}
        />,
        'ru',
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: ru.draftTab.insert }));
    await waitFor(() =>
      expect(document.body.textContent).toContain(ru.errors.draftNotKept.replace('{{markSent}}', ru.draftTab.markSent)),
    );
    expect(document.body.textContent).not.toContain(ru.errors.storageFull);
    expect((await listCaseEvents(repo, acme.id)).map((e) => e.type)).toEqual(['case.created']);
  });

  it('a file that found no room is named with what to do', () => {
    render(
      withLocale(
        <AttachOutcomeNotice outcome={{ added: [], refused: [{ fileName: 'photo.png', reason: 'storage-full' }] }} />,
        'he',
      ),
    );
    expect(screen.getByRole('alert').textContent).toContain(`photo.png: ${he.errors.fileNoRoom}`);
  });
});
