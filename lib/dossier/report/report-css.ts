import type { PaperSize } from './paper';

/**
 * The stylesheet of report.html, inline (the archive holds one file): readable on screen and in
 * print, logical properties only so Hebrew mirrors, page numbers in the bottom margin box.
 */
export function reportCss(paper: PaperSize): string {
  return `
@page { size: ${paper === 'letter' ? 'letter' : 'A4'}; margin: 18mm 16mm 20mm;
  @bottom-center { content: "\\2066" counter(page) " / " counter(pages) "\\2069"; font: 9pt system-ui, sans-serif; color: #555; } }
:root { color-scheme: light; }
body { font: 11pt/1.45 system-ui, 'Noto Sans', 'Noto Sans Hebrew', Arial, sans-serif; color: #111; margin: 0 auto; max-width: 50rem; padding: 1.5rem; }
h1 { font-size: 18pt; margin: 0 0 .3rem; }
h2 { font-size: 13.5pt; margin: 1.6rem 0 .5rem; border-block-end: 1px solid #bbb; padding-block-end: .2rem; break-after: avoid; }
h3 { font-size: 11.5pt; margin: 1rem 0 .3rem; break-after: avoid; }
p, li, dd { overflow-wrap: anywhere; }
.muted { color: #555; }
.small { font-size: 9.5pt; }
.mono { font-family: ui-monospace, 'DejaVu Sans Mono', monospace; font-size: 9pt; overflow-wrap: anywhere; }
.note { background: #f4f1ea; padding: .4rem .6rem; border-radius: 4px; }
.warn { color: #8a3a00; font-weight: 600; }
dl.pairs { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0; }
dl.pairs dt { font-weight: 600; }
dl.pairs dd { margin: 0; }
ul.plain, ol.plain { padding-inline-start: 1.2rem; margin: .2rem 0; }
ol.transcript { list-style: none; padding: 0; margin: 0; }
.msg { break-inside: avoid; border-inline-start: 3px solid #999; padding: .25rem .6rem; margin: .4rem 0; }
.msg-agent { border-color: #1f5f8b; background: #f2f7fb; }
.msg-customer { border-color: #8c8570; background: #f7f6f1; }
.msg-head { font-size: 9.5pt; color: #444; }
.msg-text { white-space: pre-wrap; margin-block-start: .15rem; }
.key { font-weight: 600; color: #7a4f00; }
figure { break-inside: avoid; margin: .8rem 0; }
figure img { max-inline-size: 100%; max-block-size: 120mm; border: 1px solid #ccc; }
figcaption { font-size: 9.5pt; }
table { border-collapse: collapse; inline-size: 100%; font-size: 9.5pt; }
th, td { border: 1px solid #ccc; padding: .2rem .4rem; text-align: start; vertical-align: top; }
tr { break-inside: avoid; }
.draft { white-space: pre-wrap; border: 1px solid #ccc; padding: .5rem; break-inside: avoid; }
@media print { body { padding: 0; max-width: none; } a { color: inherit; text-decoration: none; } }
`;
}
