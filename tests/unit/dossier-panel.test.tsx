// @vitest-environment happy-dom
import { vi } from 'vitest';

// happy-dom's Blob does not survive fake-indexeddb's structured clone (it comes back as a plain
// object); the extension's pages have one Blob, so these tests use Node's everywhere, before any
// module (the Zod schemas' instanceof checks) reads the global.
await vi.hoisted(async () => {
  const { Blob, File } = await import('node:buffer');
  Object.assign(globalThis, { Blob, File });
});

import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { unzipSync, zipSync } from 'fflate';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { LocaleContext } from '@/components/common/locale-context';
import { DossierPanel } from '@/components/workspace/dossier/DossierPanel';
import { ExportDossierButton } from '@/components/workspace/dossier/ExportDossierButton';
import { listCaseEvents } from '@/lib/db/repos/events';
import { verifyDossier } from '@/lib/dossier/verify';
import { createI18n } from '@/lib/i18n/i18next';
import { directionOf } from '@/lib/i18n/locale';
import type { Locale } from '@/lib/schemas/common';
import { caseWithEverything, exportZip, testReport } from '../helpers/dossier-case';

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

describe('Export dossier', () => {
  it('downloads the finished archive, worded in the user language and time zone', async () => {
    const env = await caseWithEverything();
    const saved: { blob: Blob; fileName: string }[] = [];
    render(
      withLocale(
        <ExportDossierButton
          repo={env.repo}
          caseId={env.acme.id}
          appVersion="1.2.3"
          renderReport={testReport}
          download={(blob, fileName) => saved.push({ blob, fileName })}
        />,
        'he',
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'ייצוא תיק ראיות' }));
    expect(await screen.findByText(/תיק הראיות נשמר בשם paper-trail-dossier-/)).toBeTruthy();
    expect(saved).toHaveLength(1);
    const bytes = new Uint8Array(await saved[0]!.blob.arrayBuffer());
    expect(verifyDossier(bytes).ok).toBe(true);
    const transcript = new TextDecoder().decode(unzipSync(bytes)['transcript.txt']);
    expect(transcript.split('\n')[0]).toContain('Asia/Jerusalem');
    expect(transcript).toContain('(נציג/ה)');
  });

  it('cancels: nothing is downloaded and no export event is logged', async () => {
    const env = await caseWithEverything();
    const before = await listCaseEvents(env.repo, env.acme.id);
    const saved: string[] = [];
    render(
      withLocale(
        <ExportDossierButton
          repo={env.repo}
          caseId={env.acme.id}
          appVersion="1.2.3"
          renderReport={testReport}
          download={(_blob, name) => saved.push(name)}
        />,
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Export dossier' }));
    expect(screen.getByRole('progressbar')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The export was cancelled. No file was saved.');
    expect(saved).toEqual([]);
    expect(await listCaseEvents(env.repo, env.acme.id)).toEqual(before);
    expect(screen.getByRole('button', { name: 'Export dossier' })).toBeTruthy();
  });

  it('says so when a stored file no longer matches its digest', async () => {
    const env = await caseWithEverything();
    await env.db.evidence.update(env.items.page.id, { blob: new Blob(['changed'], { type: 'multipart/related' }) });
    render(
      withLocale(
        <ExportDossierButton
          repo={env.repo}
          caseId={env.acme.id}
          appVersion="1"
          renderReport={testReport}
          download={() => {}}
        />,
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Export dossier' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(
      /no longer matches the digest recorded when it was saved/,
    );
  });
});

describe('Verify a dossier', () => {
  async function verifyFile(bytes: Uint8Array, locale: Locale = 'en') {
    const env = await caseWithEverything();
    render(
      withLocale(
        <DossierPanel repo={env.repo} caseId={env.acme.id} appVersion="1" renderReport={testReport} />,
        locale,
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: locale === 'ru' ? 'Проверить досье…' : 'Verify a dossier…' }));
    const input = screen.getByTestId('verify-dossier-file') as HTMLInputElement;
    fireEvent.change(input, {
      target: { files: [new File([bytes as BlobPart], 'dossier.zip', { type: 'application/zip' })] },
    });
    return waitFor(() => screen.getByTestId('verify-dossier-result'));
  }

  it('shows an intact dossier with its root hash and what that proves', async () => {
    const { bytes } = await exportZip(await caseWithEverything());
    const result = await verifyFile(bytes);
    expect(result.textContent).toContain('dossier.zip is intact.');
    expect(result.textContent).toMatch(/12 files, \d+ events in the log\./);
    expect(result.textContent).toMatch(/Root hash: [0-9a-f]{64}/i);
    expect(result.textContent).toContain('only if a witness line');
  });

  it('lists each problem by kind and file, in Russian too', async () => {
    const { bytes } = await exportZip(await caseWithEverything());
    const files = unzipSync(bytes);
    delete files['README.txt'];
    files['extra.txt'] = new TextEncoder().encode('x');
    const result = await verifyFile(zipSync(files), 'ru');
    expect(result.textContent).toContain('dossier.zip: найдены 2 проблемы.');
    const items = within(result).getAllByRole('listitem');
    expect(items.map((li) => li.getAttribute('data-kind'))).toEqual(['missing', 'added']);
    expect(items[0]!.textContent).toContain('Файл отсутствует: README.txt');
    expect(items[1]!.textContent).toContain('Файл добавлен: extra.txt');
  });

  it('says a file that is not a ZIP cannot be read', async () => {
    const result = await verifyFile(new TextEncoder().encode('not a zip'));
    expect(result.textContent).toContain('Cannot be read');
    expect(result.textContent).toContain('This file is not a ZIP archive.');
  });
});
