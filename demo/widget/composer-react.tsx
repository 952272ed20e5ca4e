/**
 * The React-controlled message box: its value lives in React state. Setting `.value` from outside
 * changes what is shown but not the state (React's value tracker swallows the next input event),
 * so Send stays disabled and posts nothing; only the native value setter followed by an `input`
 * event, or real typing / `insertText`, reaches the state.
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { type ComposerFactory, type ComposerParts, isSendKey } from './composer';
import { ICONS } from './icons';

function Composer({ c, strings, sendButton, onSend }: ComposerParts) {
  const [value, setValue] = useState('');
  const text = value.trim();
  const submit = () => {
    if (!text) return;
    onSend(text);
    setValue('');
  };
  return (
    <div className={c.composer}>
      <input
        type="text"
        className={c.input}
        value={value}
        placeholder={strings.placeholder}
        aria-label={strings.placeholder}
        autoComplete="off"
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          if (!isSendKey(e.nativeEvent)) return;
          e.preventDefault();
          submit();
        }}
      />
      {sendButton === 'icon' ? (
        <button type="button" className={c.send} aria-label={strings.send} disabled={!text} onClick={submit}>
          <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
            <path d={ICONS.send} fill="currentColor" />
          </svg>
        </button>
      ) : (
        <button type="button" className={`${c.send} ${c.sendText}`} disabled={!text} onClick={submit}>
          {strings.send}
        </button>
      )}
    </div>
  );
}

export const reactComposer: ComposerFactory = (parts) => {
  const mount = parts.doc.createElement('div');
  mount.style.display = 'contents';
  createRoot(mount).render(<Composer {...parts} />);
  return mount;
};
