/**
 * The message boxes of the plain-DOM widgets. The textarea and the contenteditable read what is
 * in the box when Send is pressed; the gated textarea enables Send only after an `input` event
 * (as many vendors do), so a value set without one cannot be sent.
 */
import type { InputKind } from '../content/variants';
import { type ComposerFactory, type ComposerParts, isSendKey } from './composer';
import { icon } from './icons';

function frame({ doc, c, strings, sendButton }: ComposerParts, box: HTMLElement) {
  const form = doc.createElement('div');
  form.className = c.composer;
  const send = doc.createElement('button');
  send.type = 'button';
  if (sendButton === 'icon') {
    send.className = c.send;
    send.setAttribute('aria-label', strings.send);
    send.append(icon(doc, 'send'));
  } else {
    send.className = `${c.send} ${c.sendText}`;
    send.textContent = strings.send;
  }
  form.append(box, send);
  return { form, send };
}

function textarea(parts: ComposerParts, gated: boolean): HTMLElement {
  const box = parts.doc.createElement('textarea');
  box.className = parts.c.input;
  box.rows = 1;
  box.placeholder = parts.strings.placeholder;
  box.setAttribute('aria-label', parts.strings.placeholder);
  const { form, send } = frame(parts, box);
  const grow = () => {
    box.style.height = 'auto';
    box.style.height = `${Math.min(box.scrollHeight + 2, 120)}px`;
  };
  const submit = () => {
    if (gated && send.disabled) return;
    const text = box.value.trim();
    if (!text) return;
    parts.onSend(text);
    box.value = '';
    if (gated) send.disabled = true;
    grow();
  };
  if (gated) send.disabled = true;
  box.addEventListener('input', () => {
    if (gated) send.disabled = !box.value.trim();
    grow();
  });
  box.addEventListener('keydown', (e) => {
    if (!isSendKey(e)) return;
    e.preventDefault();
    submit();
  });
  send.addEventListener('click', submit);
  return form;
}

function contentEditable(parts: ComposerParts): HTMLElement {
  const box = parts.doc.createElement('div');
  box.className = parts.c.input;
  box.contentEditable = 'true';
  box.setAttribute('role', 'textbox');
  box.setAttribute('aria-multiline', 'true');
  box.setAttribute('aria-label', parts.strings.placeholder);
  box.dataset.placeholder = parts.strings.placeholder;
  const { form, send } = frame(parts, box);
  const submit = () => {
    const text = box.innerText.trim();
    if (!text) return;
    parts.onSend(text);
    box.replaceChildren();
  };
  // A box emptied by the user keeps a stray <br>; drop it so the placeholder shows again.
  box.addEventListener('input', () => {
    if (!box.innerText.trim()) box.replaceChildren();
  });
  box.addEventListener('paste', (e) => {
    e.preventDefault();
    parts.doc.execCommand('insertText', false, e.clipboardData?.getData('text/plain') ?? '');
  });
  box.addEventListener('keydown', (e) => {
    if (!isSendKey(e)) return;
    e.preventDefault();
    submit();
  });
  send.addEventListener('click', submit);
  return form;
}

export const DOM_COMPOSERS: Record<Exclude<InputKind, 'react'>, ComposerFactory> = {
  textarea: (parts) => textarea(parts, false),
  'textarea-gated': (parts) => textarea(parts, true),
  contenteditable: contentEditable,
};
