import { useTranslation } from 'react-i18next';

/** A dialog's Cancel and confirming buttons, the confirming one last (inline-end). */
export function DialogActions({
  onCancel,
  onConfirm,
  confirmLabel,
  disabled = false,
  danger = false,
}: {
  onCancel: () => void;
  onConfirm: () => void;
  confirmLabel: string;
  disabled?: boolean;
  danger?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <button type="button" onClick={onCancel}>
        {t('common.cancel')}
      </button>
      <button type="button" className={danger ? 'danger' : 'primary'} onClick={onConfirm} disabled={disabled}>
        {confirmLabel}
      </button>
    </>
  );
}
