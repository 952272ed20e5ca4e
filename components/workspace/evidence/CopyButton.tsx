import { Check, Copy } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Copies a text to the clipboard and says so on the button until the text changes. */
export function CopyButton({
  text,
  label,
  onError,
}: {
  text: string;
  label: string;
  onError: (error: unknown) => void;
}) {
  const { t } = useTranslation();
  const [copiedText, setCopiedText] = useState<string | null>(null);
  const copied = copiedText === text;
  const copy = () =>
    navigator.clipboard.writeText(text).then(
      () => setCopiedText(text),
      (error: unknown) => onError(error),
    );
  return (
    <button type="button" className="quiet small" onClick={() => void copy()}>
      {copied ? <Check aria-hidden="true" size={14} /> : <Copy aria-hidden="true" size={14} />}
      <span aria-live="polite">{copied ? t('common.copied') : label}</span>
    </button>
  );
}
