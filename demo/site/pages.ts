/** The demo shop's HTML, rendered on the server: the index, one product page per variant, the widget frame. */
import { CONVERSATIONS, LANGS, type Lang } from '../content/conversations';
import { SHOP_STRINGS, WIDGET_STRINGS } from '../content/strings';
import { VARIANT_IDS, VARIANTS, type VariantId } from '../content/variants';
import { SHOP_CSS } from './shop-css';

const esc = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

const ICON_HREF = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 28 28"><rect width="28" height="28" rx="8" fill="#22465c"/><path d="M7 15 14 8l7 7v6H7z" fill="#f2b45a"/></svg>',
)}`;
const LOGO = `<svg width="28" height="28" viewBox="0 0 28 28" aria-hidden="true"><rect width="28" height="28" rx="8" fill="#22465c"/><path d="M7 15 14 8l7 7v6H7z" fill="#f2b45a"/></svg>`;
const CART = `<svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true"><path d="M3 4h2l2.4 11.2a1.5 1.5 0 0 0 1.5 1.2h8.6a1.5 1.5 0 0 0 1.5-1.1L21 8H6.2"/><circle cx="9.5" cy="20" r="1.2"/><circle cx="17.5" cy="20" r="1.2"/></svg>`;
const KETTLE = `<svg viewBox="0 0 200 180" width="64%" aria-hidden="true">
<ellipse cx="100" cy="166" rx="74" ry="7" fill="#1f2328" opacity=".08"/>
<path d="M52 96C40 90 30 80 22 66l-9 5c6 16 18 36 36 54z" fill="#2f5870"/>
<path d="M140 76c40 0 40 64 4 66" stroke="#c0935e" stroke-width="10" fill="none" stroke-linecap="round"/>
<path d="M68 68h64q14 0 16 12l10 60q3 20-18 20H60q-21 0-18-20l10-60q2-12 16-12z" fill="#3d6a85"/>
<path d="M58 92q42 14 84 0" stroke="#fff" stroke-opacity=".16" stroke-width="7" fill="none"/>
<rect x="74" y="56" width="52" height="14" rx="7" fill="#2f5870"/>
<circle cx="100" cy="50" r="7" fill="#c0935e"/></svg>`;
const RELATED_ICONS = [
  `<svg width="64" height="52" viewBox="0 0 64 52" aria-hidden="true"><rect x="10" y="8" width="34" height="38" rx="7" fill="#3d6a85"/><path d="M44 18c12 0 12 18 0 18" stroke="#3d6a85" stroke-width="5" fill="none"/></svg>`,
  `<svg width="72" height="52" viewBox="0 0 72 52" aria-hidden="true"><rect x="6" y="14" width="52" height="26" rx="6" fill="#c0935e"/><rect x="56" y="22" width="12" height="10" rx="5" fill="#c0935e"/></svg>`,
  `<svg width="64" height="52" viewBox="0 0 64 52" aria-hidden="true"><rect x="12" y="8" width="40" height="36" rx="4" fill="#e3d7c3"/><path d="M12 18h40M12 26h40" stroke="#b9a88c" stroke-width="2"/></svg>`,
];

function documentHtml(lang: Lang, title: string, body: string, bodyAttrs = ''): string {
  return `<!doctype html>
<html lang="${lang}" dir="${CONVERSATIONS[lang].dir}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}</title><link rel="icon" href="${ICON_HREF}"><meta property="og:site_name" content="${esc(SHOP_STRINGS[lang].brand)}">
<style>${SHOP_CSS}</style></head>
<body${bodyAttrs}>${body}</body></html>`;
}

function topBar(lang: Lang): string {
  const s = SHOP_STRINGS[lang];
  return `<header class="top"><a class="logo" href="/">${LOGO}${esc(s.brand)}</a>
<nav>${s.nav.map((item) => `<a href="#">${esc(item)}</a>`).join('')}</nav>
<div class="end"><a href="#">${esc(s.help)}</a><a href="#">${CART}${esc(s.cart)}</a></div></header>`;
}

function demoBar(variant: VariantId, lang: Lang): string {
  const spec = VARIANTS[variant];
  const variants = VARIANT_IDS.map(
    (v) =>
      `<a href="${VARIANTS[v].path}?lang=${lang}"${v === variant ? ' aria-current="page"' : ''}>${VARIANTS[v].letter}</a>`,
  ).join('');
  const langs = LANGS.map(
    (l) =>
      `<a href="${spec.path}?lang=${l}" lang="${l}"${l === lang ? ' aria-current="true"' : ''}>${esc(SHOP_STRINGS[l].langName)}</a>`,
  ).join('');
  return `<div class="demo-bar" dir="ltr" lang="en"><span>Paper Trail demo · <b>Variant ${spec.letter}</b> · ${esc(spec.summary)}</span>
<nav aria-label="Variants">${variants}</nav><nav aria-label="Languages">${langs}</nav><nav><a href="/">All variants</a></nav></div>`;
}

export function shopPage(variant: VariantId, lang: Lang, frameOrigin: string): string {
  const s = SHOP_STRINGS[lang];
  const cards = s.related
    .map(
      ([name, price], i) =>
        `<div class="card"><div class="img">${RELATED_ICONS[i] ?? ''}</div><div>${esc(name)}</div><strong>${esc(price)}</strong></div>`,
    )
    .join('');
  const body = `${demoBar(variant, lang)}${topBar(lang)}
<main class="page">
<div class="crumbs">${s.breadcrumb.map((b) => `<span>${esc(b)}</span>`).join('')}</div>
<section class="product">
<div class="gallery"><div class="shot">${KETTLE}</div><div class="thumbs"><div></div><div></div><div></div></div></div>
<div class="info"><h1>${esc(s.product)}</h1><div class="rating"><b>★ ${esc(s.rating[0])}</b> · ${esc(s.rating[1])}</div>
<div class="price"><strong>${esc(s.price)}</strong><s>${esc(s.oldPrice)}</s><span class="off" dir="ltr">−19%</span></div>
<div class="stock">${esc(s.stock)}</div>
<div class="colour">${esc(s.colour)}</div>
<div class="swatches"><i style="background:#3d6a85"></i><i style="background:#d8cfc2"></i><i style="background:#2f3a36"></i></div>
<div class="buy"><div class="qty"><span>−</span><b>1</b><span>+</span></div><button class="cta" type="button">${esc(s.addToCart)}</button></div>
<p class="desc">${esc(s.description)}</p>
<ul class="features">${s.features.map((f) => `<li>${esc(f)}</li>`).join('')}</ul></div>
</section>
<section class="related"><h2>${esc(s.relatedTitle)}</h2><div class="cards">${cards}</div></section>
</main>
<footer>${s.footer.map((line) => `<div>${esc(line)}</div>`).join('')}</footer>
<script src="/page.js"></script>`;
  return documentHtml(
    lang,
    `${s.product} · ${s.brand}`,
    body,
    ` data-variant="${variant}" data-frame-origin="${esc(frameOrigin)}"`,
  );
}

export function indexPage(): string {
  const cards = VARIANT_IDS.map((id) => {
    const v = VARIANTS[id];
    const rows: [string, string][] = [
      ['Container', v.container],
      [
        'Message box',
        {
          react: 'React-controlled <input>: only the native value setter + an input event (or real typing) fills it',
          textarea: 'plain <textarea>; Send posts what the box holds',
          contenteditable: 'contenteditable <div>; Send posts what the box holds',
          'textarea-gated': '<textarea>; Send is enabled only by an input event',
        }[v.input],
      ],
      [
        'Message list',
        v.ariaLog ? 'role="log" aria-live="polite"' : id === 'virtual' ? 'data-* hooks only' : 'no ARIA',
      ],
      ['Times', v.times === 'relative' ? 'relative (“2 min ago”), updated on a timer' : 'clock times'],
      ['Extras', extras(id)],
    ];
    const langs = LANGS.map(
      (l) => `<a href="${v.path}?lang=${l}" lang="${l}">${esc(SHOP_STRINGS[l].langName)}</a>`,
    ).join('');
    return `<article class="variant"><header><span class="letter" style="background:${v.accent}">${v.letter}</span><h2>${esc(v.title)}</h2></header><dl>${rows.map(([k, val]) => `<dt>${esc(k)}</dt><dd>${esc(val)}</dd>`).join('')}</dl><div class="langs">${langs}</div></article>`;
  }).join('');
  const body = `${topBar('en')}<main class="page"><div class="intro">
<p class="eyebrow">Paper Trail · demo shop</p><h1>A pretend shop with a support chat built like the real ones</h1>
<p>Each page below hosts the same kind of support widget the way a family of real vendors builds it: in a cross-origin iframe, in an <code>about:blank</code> iframe filled by script, inside a closed shadow root, or as a virtualised list that recycles its rows. Class names are hashed anew on every load.</p>
<p>Every chat opens with a few minutes of history; then the agent keeps writing (after a typing indicator), hands you over to a colleague, and you can answer through the widget’s own box and Send button. Conversations come in English, Hebrew (right to left) and Russian, with order, ticket and tracking numbers, promises with deadlines, and look-alike numbers that are not facts.</p>
<p>To record them, turn on auto-capture for <code>127.0.0.1</code> in Paper Trail’s settings (or from its toolbar popup on a demo page).</p>
</div>
<section class="variants">${cards}</section>
<ul class="notes">
<li><code>?lang=en|he|ru</code> picks the conversation; the bar on every page switches variant and language.</li>
<li><code>?pace=0</code> shows the whole conversation at once; <code>?pace=0.3</code> plays it faster; the default <code>1</code> plays it over about 15 seconds.</li>
<li><code>?open=0</code> starts with the widget minimised to its launcher.</li>
</ul></main>`;
  return documentHtml('en', 'Northwind Home · Paper Trail demo shop', body);
}

function extras(id: VariantId): string {
  const v = VARIANTS[id];
  const parts = [
    v.youLabel ? '“You” on your own messages' : 'own messages by side only',
    `avatar on a group’s ${v.avatarAt} message`,
    v.typingInList ? 'typing indicator inside the list' : 'typing indicator below the list',
  ];
  if (v.readReceipts) parts.push('Sent → Seen receipts');
  if (v.messageIds) parts.push(id === 'virtual' ? 'data-msg-id on rows' : 'data-id on rows');
  if (id === 'virtual') parts.push('200+ messages over 24 recycled rows');
  return parts.join(' · ');
}

/** The vendor's widget page on the frame origin (variant A). */
export function widgetPage(lang: Lang): string {
  return `<!doctype html>
<html lang="${lang}" dir="${CONVERSATIONS[lang].dir}"><head><meta charset="utf-8"><title>${esc(WIDGET_STRINGS[lang].brand)} · Chat</title>
<style>html,body{margin:0;height:100%;background:transparent}</style></head><body><script src="/widget.js"></script></body></html>`;
}
