// @vitest-environment happy-dom
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectRoots } from '@/lib/adapters/dom-roots';
import { genericAdapter } from '@/lib/adapters/generic';
import { ADAPTERS } from '@/lib/adapters/registry';
import type { ReadMessage } from '@/lib/adapters/types';
import { keyMessages } from '@/lib/recorder/message-keys';
import { env, FIXTURE_DIR, loadFixture, onlyList } from '../fixtures/adapters/load';

/** [role, agent name, text, widget time text]: each fixture's ground truth, in its #expected script. */
type Truth = [role: string, name: string | null, text: string, time: string | null];

const FIXTURES = readdirSync(FIXTURE_DIR)
  .filter((file) => file.startsWith('generic-') && file.endsWith('.html'))
  .map((file) => file.slice(0, -'.html'.length))
  .sort();

function load(name: string): { truth: Truth[]; read: ReadMessage[]; lists: number } {
  const document = loadFixture(name);
  const truth = JSON.parse(document.getElementById('expected')!.textContent!) as Truth[];
  const lists = collectRoots(document, env).flatMap((root) => genericAdapter.detect(root, env));
  return { truth, read: lists.flatMap((list) => genericAdapter.readTranscript(list)), lists: lists.length };
}

interface Score {
  expected: number;
  read: number;
  found: number;
  roles: number;
  names: number;
  times: number;
}

const normal = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Matches expected lines to read messages in order, by text; counts what else agrees. */
function score(truth: readonly Truth[], read: readonly ReadMessage[]): Score {
  const result: Score = { expected: truth.length, read: read.length, found: 0, roles: 0, names: 0, times: 0 };
  let next = 0;
  for (const [role, name, text, time] of truth) {
    const at = read.findIndex((message, index) => index >= next && normal(message.text) === normal(text));
    if (at < 0) continue;
    next = at + 1;
    const message = read[at]!;
    result.found++;
    if (message.role === role) result.roles++;
    if (message.authorName === name) result.names++;
    if (message.widgetTimeText === time) result.times++;
  }
  return result;
}

describe('generic adapter on hand-written widget shapes', () => {
  it('has at least six fixtures, in English, Hebrew and Russian', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(6);
    expect(FIXTURES.some((name) => name.endsWith('-he'))).toBe(true);
    expect(FIXTURES.some((name) => name.endsWith('-ru'))).toBe(true);
    expect(FIXTURES.some((name) => name.endsWith('-en'))).toBe(true);
  });

  it('reads every message with its role (recall and role accuracy at least 0.95)', () => {
    const total: Score = { expected: 0, read: 0, found: 0, roles: 0, names: 0, times: 0 };
    const lines: string[] = [];
    for (const name of FIXTURES) {
      const { truth, read } = load(name);
      const s = score(truth, read);
      for (const key of Object.keys(total) as (keyof Score)[]) total[key] += s[key];
      lines.push(
        `${name.padEnd(24)} recall ${s.found}/${s.expected}  roles ${s.roles}/${s.found}  names ${s.names}/${s.found}  times ${s.times}/${s.found}  extra ${s.read - s.found}`,
      );
    }
    const recall = total.found / total.expected;
    const roleAccuracy = total.roles / Math.max(1, total.found);
    const nameAccuracy = total.names / Math.max(1, total.found);
    const precision = total.found / Math.max(1, total.read);
    lines.push(
      `TOTAL recall ${recall.toFixed(3)}  role accuracy ${roleAccuracy.toFixed(3)}  name accuracy ${nameAccuracy.toFixed(3)}  precision ${precision.toFixed(3)}`,
    );
    console.warn(`generic adapter fixtures\n${lines.join('\n')}`);
    expect(recall).toBeGreaterThanOrEqual(0.95);
    expect(roleAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(nameAccuracy).toBeGreaterThanOrEqual(0.95);
    expect(precision).toBeGreaterThanOrEqual(0.95);
  });

  it.each(FIXTURES)('%s: one list, and distinct keys for every message', (name) => {
    const { read, lists } = load(name);
    expect(lists).toBe(1);
    expect(new Set(keyMessages(read)).size).toBe(read.length);
  });
});

describe('generic adapter on the vendor fixtures (written for the vendor readers, not for it)', () => {
  it('prints how close it comes to each vendor reader, given the vendor’s list', () => {
    const lines: string[] = [];
    const total: Score = { expected: 0, read: 0, found: 0, roles: 0, names: 0, times: 0 };
    for (const vendor of ADAPTERS.filter((adapter) => adapter !== genericAdapter)) {
      loadFixture(vendor.id);
      const list = onlyList(vendor);
      const truth = vendor.readTranscript(list).map((m): Truth => [m.role, m.authorName, m.text, m.widgetTimeText]);
      const s = score(truth, genericAdapter.readTranscript(list));
      for (const key of Object.keys(total) as (keyof Score)[]) total[key] += s[key];
      lines.push(
        `${vendor.id.padEnd(12)} recall ${s.found}/${s.expected}  roles ${s.roles}/${s.found}  names ${s.names}/${s.found}  times ${s.times}/${s.found}  extra ${s.read - s.found}`,
      );
    }
    lines.push(
      `TOTAL recall ${(total.found / total.expected).toFixed(3)}  role accuracy ${(total.roles / total.found).toFixed(3)}  name accuracy ${(total.names / total.found).toFixed(3)}`,
    );
    console.warn(`generic adapter on vendor fixtures\n${lines.join('\n')}`);
    // A floor against regressions, not a target: vendor readers know what the generic one guesses.
    expect(total.found / total.expected).toBeGreaterThanOrEqual(0.95);
    expect(total.roles / total.found).toBeGreaterThanOrEqual(0.95);
  });
});

describe('generic detection of a virtual list', () => {
  it('finds a pooled list whose spare rows are hidden and empty, as when it rendered before we started', () => {
    const row = (text: string, time: string) =>
      `<div class="slot"><div class="row"><p>${text}</p><span class="t">${time}</span></div></div>`;
    const spare = '<div class="slot" hidden><div class="row"><p></p><span class="t"></span></div></div>';
    document.body.innerHTML = `<div class="viewport"><div class="spacer">${[
      row('Hello, this is Marcus from billing.', '1:44 AM'),
      row('My refund has not arrived.', '1:44 AM'),
      row('Your return label is ready.', '1:45 AM'),
      row('Thanks', '1:45 AM'),
      ...Array.from({ length: 8 }, () => spare),
    ].join('')}</div></div>`;
    const lists = genericAdapter.detect(document, env);
    expect(lists.map((list) => list.className)).toEqual(['spacer']);
    expect(genericAdapter.readTranscript(lists[0]!).map((m) => m.text)).toContain('Your return label is ready.');
  });
});
