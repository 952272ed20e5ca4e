import { describe, expect, it } from 'vitest';
import { savedFileName } from '@/lib/dossier/file-names';
import { groupCaptures } from '@/lib/evidence/group-captures';
import { stepForKey } from '@/lib/evidence/viewer-keys';
import type { EvidenceRecord } from '@/lib/schemas/evidence';

function item(id: string, overrides: Partial<EvidenceRecord> = {}): EvidenceRecord {
  return {
    id,
    caseId: 'case-000001',
    kind: 'attachment',
    captureId: null,
    blob: new Blob(['x']),
    sha256: '0'.repeat(64),
    size: 1,
    mime: 'application/octet-stream',
    fileName: null,
    text: '',
    url: null,
    pageTitle: null,
    createdAt: 1_000,
    hiddenAt: null,
    keyEvidence: false,
    ...overrides,
  };
}

describe('groupCaptures', () => {
  it('puts one capture on one card led by its screenshot, with its page archive', () => {
    const archive = item('ev-archive', { kind: 'page-archive', captureId: 'cap-1', mime: 'multipart/related' });
    const shot = item('ev-shot', { kind: 'screenshot', captureId: 'cap-1', mime: 'image/png' });
    const groups = groupCaptures([archive, shot]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({ key: 'cap-1', primary: shot, archive, items: [shot, archive] });
  });

  it('gives items saved on their own a card each, newest first', () => {
    const old = item('ev-old', { createdAt: 1_000 });
    const note = item('ev-note', { kind: 'note', createdAt: 3_000 });
    const capture = [
      item('ev-shot', { kind: 'screenshot', captureId: 'cap-1', createdAt: 2_000 }),
      item('ev-archive', { kind: 'page-archive', captureId: 'cap-1', createdAt: 2_000 }),
    ];
    expect(groupCaptures([old, ...capture, note]).map((g) => g.key)).toEqual(['ev-note', 'cap-1', 'ev-old']);
  });

  it('orders cards saved in the same millisecond the same way every time', () => {
    const a = item('ev-a');
    const b = item('ev-b');
    expect(groupCaptures([a, b]).map((g) => g.key)).toEqual(groupCaptures([b, a]).map((g) => g.key));
  });

  it('leaves hidden items out, and a capture whose items are all hidden', () => {
    const shown = item('ev-shown');
    const groups = groupCaptures([
      shown,
      item('ev-hidden', { hiddenAt: 5 }),
      item('ev-shot', { kind: 'screenshot', captureId: 'cap-1', hiddenAt: 5 }),
      item('ev-archive', { kind: 'page-archive', captureId: 'cap-1', hiddenAt: 5 }),
    ]);
    expect(groups.map((g) => g.key)).toEqual(['ev-shown']);
  });

  it('leads a capture without a screenshot with its first item, not counting an archive twice', () => {
    const archive = item('ev-archive', { kind: 'page-archive', captureId: 'cap-1' });
    const [group] = groupCaptures([archive]);
    expect(group).toMatchObject({ primary: archive, archive: null, items: [archive] });
  });

  it('keeps an item of a kind it does not know', () => {
    const odd = { ...item('ev-odd'), kind: 'fax' } as unknown as EvidenceRecord;
    expect(groupCaptures([odd])[0]?.primary).toBe(odd);
  });
});

describe('savedFileName', () => {
  const at = Date.UTC(2026, 2, 5, 12, 7);

  it('names a page archive after the site and the local capture time', () => {
    const name = savedFileName(
      { url: 'https://support.acme.co.uk/chat?id=1', createdAt: at, mime: 'multipart/related' },
      'Asia/Jerusalem',
    );
    expect(name).toBe('acme.co.uk-2026-03-05-1407.mhtml');
  });

  it('uses the 24-hour clock and the time zone given', () => {
    expect(savedFileName({ url: 'http://127.0.0.1:8080/', createdAt: at, mime: 'image/png' }, 'UTC')).toBe(
      '127.0.0.1-2026-03-05-1207.png',
    );
    expect(savedFileName({ url: 'http://127.0.0.1/', createdAt: Date.UTC(2026, 0, 1, 0, 5), mime: 'x/y' }, 'UTC')).toBe(
      '127.0.0.1-2026-01-01-0005.bin',
    );
  });

  it('never puts page-supplied text or path characters in the name', () => {
    for (const url of [null, 'javascript:alert(1)', 'file:///etc/passwd', 'not a url']) {
      expect(savedFileName({ url, createdAt: at, mime: 'multipart/related' }, 'UTC')).toBe(
        'page-2026-03-05-1207.mhtml',
      );
    }
    expect(
      savedFileName({ url: 'https://xn--80ak6aa92e.com/../../x', createdAt: at, mime: 'multipart/related' }, 'UTC'),
    ).toMatch(/^[a-z0-9.-]+-2026-03-05-1207\.mhtml$/);
  });
});

describe('stepForKey', () => {
  it('moves with the reading direction: mirrored in right-to-left', () => {
    expect(stepForKey('ArrowRight', 'ltr')).toBe(1);
    expect(stepForKey('ArrowLeft', 'ltr')).toBe(-1);
    expect(stepForKey('ArrowLeft', 'rtl')).toBe(1);
    expect(stepForKey('ArrowRight', 'rtl')).toBe(-1);
    expect(stepForKey('ArrowDown', 'ltr')).toBe(0);
    expect(stepForKey('Enter', 'rtl')).toBe(0);
  });
});
