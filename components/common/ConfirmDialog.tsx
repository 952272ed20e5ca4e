import { Dialog } from './Dialog';
import { DialogActions } from './DialogActions';

export function ConfirmDialog({
  open,
  title,
  body,
  confirmLabel,
  danger,
  onConfirm,
  onClose,
}: {
  open: boolean;
  title: string;
  body: string;
  confirmLabel: string;
  danger?: boolean;
  onConfirm: () => void;
  onClose: () => void;
}) {
  return (
    <Dialog
      open={open}
      title={title}
      onClose={onClose}
      actions={<DialogActions onCancel={onClose} onConfirm={onConfirm} confirmLabel={confirmLabel} danger={danger} />}
    >
      <p>{body}</p>
    </Dialog>
  );
}
