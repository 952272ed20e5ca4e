const COMPOSER_SELECTOR =
  'textarea, [contenteditable="true"], [contenteditable=""], [role="textbox"], input[type="text"]';

/**
 * The nearest composer around a message list: searched in ever wider ancestors, then the whole
 * root, then on through the shadow hosts above it (a list in one shadow root, the composer in another).
 */
export function nearestComposer(list: Element, selector = COMPOSER_SELECTOR): HTMLElement | null {
  for (let start: Element | null = list; start;) {
    for (let scope: Element | null = start; scope; scope = scope.parentElement) {
      const found = scope.querySelector<HTMLElement>(selector);
      if (found) return found;
    }
    const root = start.getRootNode() as Document | ShadowRoot;
    const found = root.querySelector<HTMLElement>(selector);
    if (found) return found;
    start = 'host' in root ? root.host : null;
  }
  return null;
}

function fire(target: HTMLElement, type: string, text: string) {
  const view = target.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const InputEventCtor = view?.InputEvent ?? InputEvent;
  target.dispatchEvent(
    new InputEventCtor(type, { bubbles: true, composed: true, inputType: 'insertText', data: text }),
  );
}

/**
 * Writes text into a textarea, input or contenteditable composer the way typing would be seen
 * by the widget's framework: the prototype's value setter (React tracks the instance one),
 * then bubbling `input` and `change` events. It never presses send. Checks go by tag name, not
 * instanceof, so a composer in another frame's realm is handled too.
 */
export function insertDraftInto(composer: HTMLElement | null, text: string): boolean {
  if (!composer) return false;
  composer.focus();
  const view = composer.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const EventCtor = view?.Event ?? Event;
  if (composer.localName === 'textarea' || composer.localName === 'input') {
    const field = composer as HTMLTextAreaElement | HTMLInputElement;
    const setter = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(field) as object, 'value')?.set;
    if (setter) setter.call(field, text);
    else field.value = text;
    fire(field, 'input', text);
    field.dispatchEvent(new EventCtor('change', { bubbles: true }));
    return true;
  }
  fire(composer, 'beforeinput', text);
  composer.textContent = text;
  fire(composer, 'input', text);
  return true;
}
