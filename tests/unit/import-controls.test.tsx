// @vitest-environment happy-dom
import { vi } from 'vitest';

// happy-dom's Blob does not survive fake-indexeddb's structured clone: Node's is used everywhere
// (as in dossier-panel.test.tsx), before any module reads the global.
await vi.hoisted(async () => {
  const { Blob, File } = await import('node:buffer');
  Object.assign(globalThis, { Blob, File });
});

import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { unzipSync, zipSync } from 'fflate';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { LocaleContext } from '@/components/common/locale-context';
import { ImportControls } from '@/components/options/ImportControls';
import { verifyCaseLog } from '@/lib/db/repos/events';
import { createI18n } from '@/lib/i18n/i18next';
import { directionOf } from '@/lib/i18n/locale';
import type { Locale } from '@/lib/schemas/common';
import { dumpDatabase } from '../helpers/db-fixture';
import { caseWithEverything, exportZip } from '../helpers/dossier-case';

afterEach(cleanup);

function renderImport(env: Awaited<ReturnType<typeof caseWithEverything>>, locale: Locale = 'en') {
  let changed = 0;
  render(
    <I18nextProvider i18n={createI18n(locale)}>
      <LocaleContext.Provider value={{ locale, dir: directionOf(locale), timeZone: 'Asia/Jerusalem' }}>
        <ImportControls repo={env.repo} onChanged={() => changed++} />
      </LocaleContext.Provider>
    </I18nextProvider>,
  );
  return { changed: () => changed };
}

function choose(bytes: Uint8Array) {
  fireEvent.change(screen.getByTestId('import-file'), {
    target: { files: [new File([bytes as BlobPart], 'dossier.zip', { type: 'application/zip' })] },
  });
}

describe('Import… in the data settings', () => {
  it('shows the plan and the conflict, then keeps both as chosen', async () => {
    const env = await caseWithEverything();
    const { bytes } = await exportZip(env);
    const view = renderImport(env);
    choose(bytes);
    const plan = await waitFor(() => screen.getByTestId('import-plan'));
    expect(plan.textContent).toContain('Case dossier exported on');
    expect(screen.getByTestId('import-count-cases').textContent).toBe('1');
    expect(screen.getByTestId('import-count-messages').textContent).toBe('2');
    expect(screen.getByTestId('import-count-evidence').textContent).toBe('4');
    const conflict = within(plan).getByRole('group', { name: env.acme.title });
    expect(conflict.textContent).toContain('This case is already here');
    const radios = within(conflict).getAllByRole('radio') as HTMLInputElement[];
    expect(radios.map((r) => r.value)).toEqual(['skip', 'replace', 'keep-both']);
    expect(radios[0]!.checked).toBe(true);
    fireEvent.click(within(conflict).getByLabelText(/Keep both/));
    fireEvent.click(within(plan).getByRole('button', { name: 'Import' }));
    const outcome = await waitFor(() => screen.getByTestId('import-outcome'));
    expect(outcome.textContent).toContain('0 cases imported, 1 kept as copies, 0 skipped');
    expect(screen.queryByTestId('import-plan')).toBeNull();
    const cases = await env.db.cases.toArray();
    expect(cases).toHaveLength(2);
    for (const c of cases) expect((await verifyCaseLog(env.repo, c.id)).ok).toBe(true);
    expect(view.changed()).toBe(1);
  });

  it('names the problem of a tampered file, in Hebrew, and writes nothing', async () => {
    const env = await caseWithEverything();
    const files = unzipSync((await exportZip(env)).bytes);
    const shot = Object.keys(files).find((n) => n.startsWith('screenshots/'))!;
    files[shot]![9] = files[shot]![9]! ^ 1;
    const before = await dumpDatabase(env.db);
    renderImport(env, 'he');
    choose(zipSync(files));
    const outcome = await waitFor(() => screen.getByTestId('import-outcome'));
    expect(outcome.getAttribute('role')).toBe('alert');
    expect(outcome.textContent).toContain('שום דבר לא יובא. הקובץ שונה אחרי שיוצא');
    expect(outcome.textContent).toContain(shot);
    expect(screen.queryByTestId('import-plan')).toBeNull();
    expect(await dumpDatabase(env.db)).toEqual(before);
  });

  it('cancels a plan without writing', async () => {
    const env = await caseWithEverything();
    const { bytes } = await exportZip(env);
    const before = await dumpDatabase(env.db);
    renderImport(env, 'ru');
    choose(bytes);
    const plan = await waitFor(() => screen.getByTestId('import-plan'));
    expect(plan.textContent).toContain('Досье обращения, экспортировано');
    fireEvent.click(within(plan).getByRole('button', { name: 'Отмена' }));
    expect(screen.queryByTestId('import-plan')).toBeNull();
    expect(await dumpDatabase(env.db)).toEqual(before);
  });
});
