import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readZip } from '@/lib/dossier/zip-reader';
import { storedZip } from '../helpers/stored-zip';

describe('readZip', () => {
  it('reads a stored archive written byte by byte (the helper is a valid ZIP)', () => {
    const files = readZip(
      storedZip([
        { name: 'a.txt', data: strToU8('one') },
        { name: 'b/c.txt', data: strToU8('two') },
      ]),
    );
    expect([...files.keys()]).toEqual(['a.txt', 'b/c.txt']);
  });

  it.each([
    ['the same content', strToU8('{"a":1}')],
    ['other content', strToU8('{"a":2}')],
  ])('refuses two entries of one name holding %s: readers disagree on which one counts', (_label, second) => {
    const bytes = storedZip([
      { name: 'backup.json', data: strToU8('{"a":1}') },
      { name: 'README.txt', data: strToU8('read me') },
      { name: 'backup.json', data: second },
    ]);
    expect(() => readZip(bytes)).toThrow(/holds the file "backup.json" twice/);
  });
});
