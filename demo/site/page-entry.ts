import type { Lang } from '../widget/conversations';
import { mountVirtualWidget } from '../widget/virtual-list';
import { mountWidget } from '../widget/widget';

const { variant = 'iframe', frameOrigin = '' } = document.body.dataset;
const params = new URLSearchParams(location.search);
const lang = (params.get('lang') ?? 'en') as Lang;
const pace = Number(params.get('pace') ?? '1');
const dock = document.getElementById('support')!;

if (variant === 'iframe') {
  // Cross-origin: the vendor's own page on another origin.
  const frame = document.createElement('iframe');
  frame.title = 'Support chat';
  frame.src = `${frameOrigin}/widget.html?lang=${lang}&pace=${pace}&input=react`;
  dock.append(frame);
} else if (variant === 'blank') {
  // about:blank, filled by the page's script (as Intercom and Zendesk do).
  const frame = document.createElement('iframe');
  frame.title = 'Support chat';
  dock.append(frame);
  const inner = frame.contentDocument!;
  inner.open();
  inner.write('<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0"></body></html>');
  inner.close();
  const holder = inner.createElement('div');
  holder.style.height = '100vh';
  inner.body.append(holder);
  mountWidget(holder, inner, { lang, input: 'textarea', aria: true, times: 'clock', pace });
} else if (variant === 'shadow') {
  // A closed shadow root: page scripts (and naive extensions) cannot see inside.
  const host = document.createElement('div');
  host.style.height = '100%';
  dock.append(host);
  const root = host.attachShadow({ mode: 'closed' });
  mountWidget(root, document, { lang, input: 'contenteditable', aria: true, times: 'relative', pace });
} else {
  mountVirtualWidget(dock, document, lang);
}
