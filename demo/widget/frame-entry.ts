import type { InputKind } from './composer';
import type { Lang } from './conversations';
import { mountWidget } from './widget';

// The widget as a vendor serves it from its own origin, inside the shop's iframe.
const params = new URLSearchParams(location.search);
document.body.style.margin = '0';
const holder = document.createElement('div');
holder.style.height = '100vh';
document.body.append(holder);
mountWidget(holder, document, {
  lang: (params.get('lang') ?? 'en') as Lang,
  input: (params.get('input') ?? 'react') as InputKind,
  aria: true,
  times: 'relative',
  pace: Number(params.get('pace') ?? '1'),
});
