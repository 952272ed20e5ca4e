/**
 * The shop's embed snippet: puts the support widget on the page the way the variant's vendor
 * family does (B: about:blank iframe, C: closed shadow root, D: page DOM; A loads the vendor's
 * cross-origin frame, see widget/frame-entry.ts).
 */
import { CONVERSATIONS } from '../content/conversations';
import { VARIANTS } from '../content/variants';
import { DOM_COMPOSERS } from '../widget/composer-dom';
import { RESIZE_MESSAGE, settingsFrom } from '../widget/embed';
import { mountWidget } from '../widget/mount';

const { variant, frameOrigin = '' } = document.body.dataset;
const settings = settingsFrom(location.search);

/** Vendors style their host with inline styles: a floating panel, or just the launcher. */
function place(host: HTMLElement, open: boolean) {
  host.style.cssText = [
    'position:fixed',
    'z-index:2147483000',
    'inset-block-end:20px',
    'inset-inline-end:20px',
    'display:block',
    'border:0',
    'padding:0',
    'margin:0',
    'background:transparent',
    'color-scheme:normal',
    open
      ? 'width:min(380px,calc(100vw - 40px));height:min(640px,calc(100vh - 40px));border-radius:16px;box-shadow:0 12px 40px rgba(16,24,40,.2)'
      : 'width:60px;height:60px;border-radius:50%;box-shadow:0 6px 20px rgba(16,24,40,.28)',
  ].join(';');
}

function isResize(data: unknown): data is { type: string; open: boolean } {
  return typeof data === 'object' && data !== null && (data as { type?: unknown }).type === RESIZE_MESSAGE;
}

if (variant === 'iframe') {
  const frame = document.createElement('iframe');
  frame.title = 'Support chat';
  frame.name = 'northwind-messenger-frame';
  const query = new URLSearchParams({
    lang: settings.lang,
    pace: String(settings.pace),
    open: settings.open ? '1' : '0',
  });
  frame.src = `${frameOrigin}/widget.html?${query}`;
  place(frame, settings.open);
  addEventListener('message', (e) => {
    if (e.source === frame.contentWindow && e.origin === frameOrigin && isResize(e.data)) place(frame, e.data.open);
  });
  document.body.append(frame);
} else if (variant === 'blank') {
  const frame = document.createElement('iframe');
  frame.title = 'Messaging window';
  frame.name = 'Messaging window';
  place(frame, settings.open);
  document.body.append(frame);
  const inner = frame.contentDocument!;
  const { dir } = CONVERSATIONS[settings.lang];
  inner.open();
  inner.write(
    `<!doctype html><html lang="${settings.lang}" dir="${dir}"><head><meta charset="utf-8"><title>Messaging window</title>` +
      '<style>html,body{margin:0;height:100%;background:transparent}</style></head><body></body></html>',
  );
  inner.close();
  const holder = inner.createElement('div');
  holder.style.height = '100%';
  inner.body.append(holder);
  mountWidget(holder, inner, {
    ...settings,
    variant,
    composer: DOM_COMPOSERS[VARIANTS.blank.input],
    onOpenChange: (open) => place(frame, open),
  });
} else if (variant === 'shadow' || variant === 'virtual') {
  const host = document.createElement('div');
  place(host, settings.open);
  document.body.append(host);
  // Variant C hides everything in a closed shadow root; D renders into the page itself.
  const root = variant === 'shadow' ? host.attachShadow({ mode: 'closed' }) : host;
  mountWidget(root, document, {
    ...settings,
    variant,
    composer: DOM_COMPOSERS[VARIANTS[variant].input],
    onOpenChange: (open) => place(host, open),
  });
}
