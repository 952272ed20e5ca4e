import { expect } from 'vitest';
import { REPORT_CSP, isArchivePath } from '@/lib/dossier/report/render-html';

/** Elements the report renderers write; anything else in the output came from data. */
const OUR_ELEMENTS = new Set(
  'html head meta title style body header main section h1 h2 h3 p span strong bdi dl dt dd ul ol li br hr table tbody tr td figure figcaption img div code'.split(
    ' ',
  ),
);
/** Attributes the report renderers write; any other (a handler, an address, a style) came from data. */
const OUR_ATTRIBUTES = new Set(
  'lang dir charset http-equiv content name class data-section data-rule-id data-variant src alt'.split(' '),
);

/** Every way the document could run code or reach out: none may be present. */
export function assertInert(doc: Document, csp: string = REPORT_CSP) {
  for (const el of doc.querySelectorAll('*')) {
    const name = el.tagName.toLowerCase();
    expect(OUR_ELEMENTS.has(name), `unexpected element <${name}>`).toBe(true);
    for (const attr of el.attributes) {
      expect(OUR_ATTRIBUTES.has(attr.name), `attribute ${attr.name} on <${name}>`).toBe(true);
      expect(attr.name.startsWith('on'), `handler ${attr.name} on <${name}>`).toBe(false);
    }
  }
  for (const img of doc.querySelectorAll('img')) expect(isArchivePath(img.getAttribute('src') ?? '')).toBe(true);
  expect(doc.querySelectorAll('meta[http-equiv]')).toHaveLength(1);
  expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(csp);
}

/**
 * The document's shape without its text: each element with its attribute names and the values
 * of the attributes that steer (class, dir, src…). Two cases that differ only in their text have
 * the same skeleton; a value that became markup changes it.
 */
export function skeleton(doc: Document): string[] {
  return Array.from(doc.querySelectorAll('*')).map((el) => {
    const attrs = Array.from(el.attributes)
      .filter((a) => a.name !== 'alt' && a.name !== 'content')
      .map((a) => `${a.name}=${a.value}`)
      .join(' ');
    return `${el.tagName.toLowerCase()}${attrs ? ` ${attrs}` : ''}`;
  });
}
