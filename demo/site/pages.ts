export const VARIANTS = ['iframe', 'blank', 'shadow', 'virtual'] as const;
export type Variant = (typeof VARIANTS)[number];

const DESCRIPTIONS: Record<Variant, string> = {
  iframe: 'Widget in a cross-origin iframe, React-controlled message box, ARIA log, relative times.',
  blank: 'Widget in an about:blank iframe filled by script, textarea, ARIA log, clock times.',
  shadow: 'Widget in a closed shadow root, contenteditable message box, ARIA log, relative times.',
  virtual: 'Long conversation in a virtualised list that recycles its rows; no ARIA, data-* hooks only.',
};

const STYLE = `
body{margin:0;font:15px/1.5 system-ui,'Segoe UI',Arial,sans-serif;color:#1e2328;background:#fbf8f3}
header{display:flex;justify-content:space-between;align-items:center;padding:14px 28px;background:#fff;border-bottom:1px solid #ece6dc}
.logo{font-weight:800;font-size:20px;color:#24495f}.logo span{color:#e0a23a}
nav a{margin-inline-start:18px;color:#24495f;text-decoration:none}
main{max-width:980px;margin:28px auto;padding:0 28px;display:grid;grid-template-columns:1fr 380px;gap:28px}
.product{background:#fff;border-radius:14px;padding:22px;border:1px solid #ece6dc}
.photo{height:200px;border-radius:10px;background:linear-gradient(135deg,#dfe9f0,#f4e5cc);display:grid;place-items:center;font-size:64px}
.price{font-size:22px;font-weight:700;color:#24495f}
#support{height:540px}
#support iframe{width:100%;height:100%;border:0;border-radius:14px;box-shadow:0 10px 30px rgba(20,30,40,.18)}
.variants{list-style:none;padding:0;display:grid;gap:10px}
.variants li{background:#fff;border:1px solid #ece6dc;border-radius:12px;padding:12px 16px}
.langs a{margin-inline-end:10px}
@media (max-width:800px){main{grid-template-columns:1fr}}
`;

const LANGS = [
  ['en', 'English'],
  ['he', 'עברית'],
  ['ru', 'Русский'],
] as const;

function shell(title: string, body: string, attrs = '') {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title}</title><meta property="og:site_name" content="Northwind Home"><style>${STYLE}</style></head>
<body ${attrs}><header><div class="logo">Northwind<span>Home</span></div><nav><a href="/">Shop</a><a href="/iframe.html">Help</a></nav></header>${body}</body></html>`;
}

export function pageHtml(variant: Variant | 'index', frameOrigin: string): string {
  if (variant === 'index') {
    const items = VARIANTS.map(
      (v) =>
        `<li><strong>${v}</strong> — ${DESCRIPTIONS[v]}<div class="langs">${LANGS.map(
          ([code, name]) => `<a href="/${v}.html?lang=${code}">${name}</a>`,
        ).join('')}</div></li>`,
    ).join('');
    return shell(
      'Northwind Home — demo shop',
      `<main style="display:block"><h1>Demo support chats</h1><p>A pretend shop for trying Paper Trail. Each page hosts the same kind of support widget built the way real vendors build them.</p><ul class="variants">${items}</ul></main>`,
    );
  }
  return shell(
    'Northwind Home — Help',
    `<main><section class="product"><div class="photo"><svg width="120" height="110" viewBox="0 0 120 110" aria-hidden="true"><ellipse cx="58" cy="68" rx="40" ry="34" fill="#24495f"/><rect x="40" y="22" width="36" height="14" rx="7" fill="#24495f"/><path d="M96 52c14 0 16 26 0 28" stroke="#24495f" stroke-width="8" fill="none"/><path d="M20 58 4 44" stroke="#24495f" stroke-width="9" stroke-linecap="round"/><circle cx="58" cy="20" r="6" fill="#e0a23a"/></svg></div><h1>Stoneware kettle, 1.7 l</h1><p class="price">$59.99</p>
<p>${DESCRIPTIONS[variant]}</p><p><a href="/">All demo pages</a></p></section><aside id="support" aria-label="Support"></aside></main>
<script src="/page.js"></script>`,
    `data-variant="${variant}" data-frame-origin="${frameOrigin}"`,
  );
}

export function widgetHtml(): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>Chat</title></head><body><script src="/widget.js"></script></body></html>`;
}
