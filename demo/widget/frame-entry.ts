/**
 * Variant A: the widget page a vendor serves from its own origin (the demo's second port),
 * loaded by the shop in an iframe. It asks the host page to resize the frame by postMessage.
 */
import { reactComposer } from './composer-react';
import { RESIZE_MESSAGE, settingsFrom } from './embed';
import { mountWidget } from './mount';

const holder = document.createElement('div');
holder.style.height = '100%';
document.body.append(holder);
mountWidget(holder, document, {
  ...settingsFrom(location.search),
  variant: 'iframe',
  composer: reactComposer,
  onOpenChange: (open) => parent.postMessage({ type: RESIZE_MESSAGE, open }, '*'),
});
