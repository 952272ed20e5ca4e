import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { verifyDossier, verifyDossierNative } from '@/lib/dossier/verify';

const fixture = new Uint8Array(readFileSync(join(import.meta.dirname, '../fixtures/dossier/case-dossier-v1.zip')));
const SCREENSHOT = 'screenshots/2026-11-20T10-00-10Z-fixture-0013.png';

type Files = Record<string, Uint8Array>;
const rezip = (change: (files: Files) => void) => {
  const files = unzipSync(fixture);
  change(files);
  return zipSync(files);
};
const editEvents = (edit: (events: { payload: Record<string, unknown> }[]) => void) =>
  rezip((files) => {
    const json = JSON.parse(new TextDecoder().decode(files['events.json'])) as {
      events: { payload: Record<string, unknown> }[];
    };
    edit(json.events);
    files['events.json'] = strToU8(JSON.stringify(json));
  });

const archives: [string, Uint8Array][] = [
  ['the v1 fixture as exported', fixture],
  ['a screenshot changed', rezip((f) => (f[SCREENSHOT] = strToU8('not the png')))],
  ['a file removed', rezip((f) => delete f['transcript.txt'])],
  ['a file added', rezip((f) => (f['extra.txt'] = strToU8('added')))],
  ['an event edited', editEvents((events) => (events[1]!.payload.edited = true))],
  ['two events swapped', editEvents((events) => events.reverse())],
  ['events.json not JSON', rezip((f) => (f['events.json'] = strToU8('{')))],
  ['not a ZIP', strToU8('plain text')],
];

describe('verifyDossierNative', () => {
  it.each(archives)('gives the verdict verifyDossier gives: %s', async (_, bytes) => {
    const native = await verifyDossierNative(bytes);
    expect(native).toEqual(verifyDossier(bytes));
    expect(native.ok).toBe(bytes === fixture);
  });

  it('recomputes the root hash once, the one events.json ends with', async () => {
    const events = (
      JSON.parse(new TextDecoder().decode(unzipSync(fixture)['events.json'])) as { events: { hash: string }[] }
    ).events;
    expect((await verifyDossierNative(fixture)).summary.rootHash).toBe(events.at(-1)!.hash);
  });
});
