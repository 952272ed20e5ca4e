// @vitest-environment happy-dom
import { vi } from 'vitest';

// As in dossier-panel.test.tsx: Node's Blob survives fake-indexeddb's structured clone, happy-dom's does not.
await vi.hoisted(async () => {
  const { Blob, File } = await import('node:buffer');
  Object.assign(globalThis, { Blob, File });
});

import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { unzipSync } from 'fflate';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { LocaleContext } from '@/components/common/locale-context';
import { ExportDossierButton } from '@/components/workspace/dossier/ExportDossierButton';
import { RedactDialog, type RedactionChoice } from '@/components/workspace/dossier/RedactDialog';
import { VerifyDossierDialog } from '@/components/workspace/dossier/VerifyDossierDialog';
import { loadCaseBundle } from '@/lib/dossier/case-bundle';
import { boxFromDrag } from '@/lib/dossier/redact/box-geometry';
import { verifyDossier } from '@/lib/dossier/verify';
import { createI18n } from '@/lib/i18n/i18next';
import { directionOf } from '@/lib/i18n/locale';
import type { Locale } from '@/lib/schemas/common';
import { testReport } from '../helpers/dossier-case';
import { ADDRESS, CARD, CHOSEN, EMAIL, PHONE, caseWithPersonalData } from '../helpers/redaction-case';

afterEach(cleanup);

function withLocale(node: React.ReactNode, locale: Locale = 'en') {
  return (
    <I18nextProvider i18n={createI18n(locale)}>
      <LocaleContext.Provider value={{ locale, dir: directionOf(locale), timeZone: 'UTC' }}>
        {node}
      </LocaleContext.Provider>
    </I18nextProvider>
  );
}

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);

describe('Redact before export', () => {
  it('exports what the user chose: kinds off, values unticked, text added, a screenshot left out', async () => {
    const env = await caseWithPersonalData();
    const saved: Blob[] = [];
    render(
      withLocale(
        <ExportDossierButton
          repo={env.repo}
          caseId={env.acme.id}
          appVersion="1"
          renderReport={testReport}
          download={(blob) => saved.push(blob)}
          imageRedactor={{ blackOut: () => Promise.reject(new Error('no regions were drawn')) }}
        />,
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Redact before export…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Redact before export' });
    const cards = within(dialog).getByText(/^Card numbers: \d+ found$/);
    expect(cards.textContent?.trim()).toBe('Card numbers: 1 found');
    expect(within(dialog).getByText(/^E-mail addresses: 1 found$/)).toBeTruthy();
    // Each value with its context; the phone is unticked, so it stays.
    const phoneRow = within(dialog).getByText(PHONE).closest('label')!;
    expect(phoneRow.textContent).toContain('call ');
    fireEvent.click(within(phoneRow).getByRole('checkbox'));
    fireEvent.click(within(dialog).getByTestId('redact-kind-address'));
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Other text to remove, one per line' }), {
      target: { value: `${CHOSEN}\n` },
    });
    expect(within(dialog).getByText(/Page archives \(MHTML\) cannot be redacted reliably.*\(1\)/)).toBeTruthy();
    fireEvent.click(within(dialog).getByTestId(`redact-exclude-${env.items.screenshot.id}`));
    fireEvent.click(within(dialog).getByRole('button', { name: 'Export redacted copy' }));

    await waitFor(() => expect(saved).toHaveLength(1));
    const bytes = new Uint8Array(await saved[0]!.arrayBuffer());
    const files = unzipSync(bytes);
    const all = Object.values(files).map(text).join('\n');
    expect(all).not.toContain(CARD);
    expect(all).not.toContain(EMAIL);
    expect(all).not.toContain(CHOSEN);
    expect(all).toContain(PHONE);
    expect(all).toContain(ADDRESS);
    expect(Object.keys(files).some((p) => p.includes(env.items.screenshot.id))).toBe(false);
    const verdict = verifyDossier(bytes);
    expect(verdict.ok).toBe(true);
    expect(verdict.summary.redaction?.kinds).toEqual(['card', 'national-id', 'phone', 'email', 'selected']);

    // The workspace's verifier names it a redacted copy, in the user's language.
    cleanup();
    render(withLocale(<VerifyDossierDialog open onClose={() => {}} />, 'ru'));
    fireEvent.change(screen.getByTestId('verify-dossier-file'), {
      target: { files: [new File([bytes as BlobPart], 'redacted.zip', { type: 'application/zip' })] },
    });
    const line = await screen.findByTestId('verify-dossier-redacted');
    expect(line.textContent).toMatch(
      /^Очищенная копия: удалено фрагментов — \d+ \(Номера карт, Номера документов, Номера телефонов, Адреса эл\. почты, Выбранный вами текст\), не включено файлов — 3\./,
    );
  });

  it('hands back the choice, and is worded in Hebrew and Russian', async () => {
    const env = await caseWithPersonalData();
    const bundle = await loadCaseBundle(env.repo, env.acme.id);
    const choices: RedactionChoice[] = [];
    render(withLocale(<RedactDialog bundle={bundle} onCancel={() => {}} onConfirm={(c) => choices.push(c)} />, 'he'));
    const dialog = await screen.findByRole('dialog', { name: 'השחרה לפני ייצוא' });
    expect(within(dialog).getByText('מספרי כרטיס אשראי: נמצאו 1')).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('checkbox', { name: 'להסיר את שם החברה' }));
    fireEvent.click(within(dialog).getByRole('button', { name: 'ייצוא עותק מושחר' }));
    expect(choices).toEqual([
      {
        kinds: ['card', 'national-id', 'phone', 'email', 'address'],
        keep: [],
        selected: [],
        caseTitle: false,
        company: true,
        screenshots: {},
      },
    ]);
    cleanup();
    render(withLocale(<RedactDialog bundle={bundle} onCancel={() => {}} onConfirm={() => {}} />, 'ru'));
    expect(await screen.findByRole('dialog', { name: 'Скрыть данные перед экспортом' })).toBeTruthy();
    expect(screen.getByText('Номера карт: найдено 1')).toBeTruthy();
  });
});

describe('a region dragged on a screenshot', () => {
  it('is converted to the image pixels, in either direction, and clipped', () => {
    const shown = { width: 200, height: 100 };
    const natural = { width: 800, height: 400 };
    expect(boxFromDrag({ x: 10, y: 10 }, { x: 60, y: 35 }, shown, natural)).toEqual({
      x: 40,
      y: 40,
      width: 200,
      height: 100,
    });
    expect(boxFromDrag({ x: 60, y: 35 }, { x: 10, y: 10 }, shown, natural)).toEqual({
      x: 40,
      y: 40,
      width: 200,
      height: 100,
    });
    expect(boxFromDrag({ x: 190, y: 90 }, { x: 260, y: 150 }, shown, natural)).toEqual({
      x: 760,
      y: 360,
      width: 40,
      height: 40,
    });
    expect(boxFromDrag({ x: 5, y: 5 }, { x: 5, y: 50 }, shown, natural)).toBeNull();
  });
});
