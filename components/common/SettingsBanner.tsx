import type { ReactNode } from 'react';
import { browser } from 'wxt/browser';

/**
 * A notice whose remedy is in the settings (a backup, an import): its words, a button that opens
 * the settings, and one that puts it away.
 */
export function SettingsBanner({
  tone,
  label,
  children,
  openLabel,
  dismissLabel,
  onDismiss,
}: {
  tone: 'info' | 'error';
  label: string;
  children: ReactNode;
  openLabel: string;
  dismissLabel: string;
  onDismiss: () => void;
}) {
  return (
    <aside className={`banner banner-${tone}`} role={tone === 'error' ? 'alert' : 'status'} aria-label={label}>
      <span>{children}</span>
      <span className="row">
        <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
          {openLabel}
        </button>
        <button type="button" className="quiet" onClick={onDismiss}>
          {dismissLabel}
        </button>
      </span>
    </aside>
  );
}
