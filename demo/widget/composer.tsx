import { useState } from 'react';
import { createRoot } from 'react-dom/client';

export type InputKind = 'textarea' | 'contenteditable' | 'react';

export interface Composer {
  element: HTMLElement;
  /** What the box holds now; cleared after sending. */
  take: () => string;
}

/**
 * The message box, in the three kinds real widgets use. The React one is controlled: setting
 * `.value` from outside is undone on the next render unless an input event goes through React.
 */
function sendOnEnter(box: HTMLElement, onEnter: () => void) {
  box.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      onEnter();
    }
  });
}

export function createComposer(
  doc: Document,
  kind: InputKind,
  className: string,
  placeholder: string,
  onEnter: () => void,
): Composer {
  if (kind === 'textarea') {
    const box = doc.createElement('textarea');
    box.className = className;
    box.placeholder = placeholder;
    box.rows = 1;
    box.setAttribute('aria-label', placeholder);
    sendOnEnter(box, onEnter);
    return {
      element: box,
      take: () => {
        const v = box.value;
        box.value = '';
        return v;
      },
    };
  }
  if (kind === 'contenteditable') {
    const box = doc.createElement('div');
    box.className = className;
    box.contentEditable = 'true';
    box.setAttribute('role', 'textbox');
    box.setAttribute('aria-label', placeholder);
    box.dataset.placeholder = placeholder;
    sendOnEnter(box, onEnter);
    return {
      element: box,
      take: () => {
        const v = box.innerText;
        box.textContent = '';
        return v;
      },
    };
  }
  const mount = doc.createElement('div');
  mount.style.display = 'contents';
  let current = '';
  let clear: () => void = () => undefined;
  function ControlledInput() {
    const [value, setValue] = useState('');
    current = value;
    clear = () => setValue('');
    return (
      <input
        className={className}
        value={value}
        placeholder={placeholder}
        aria-label={placeholder}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onEnter();
        }}
      />
    );
  }
  createRoot(mount).render(<ControlledInput />);
  return {
    element: mount,
    take: () => {
      const v = current;
      clear();
      return v;
    },
  };
}
