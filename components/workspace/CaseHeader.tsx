import { ChevronLeft, ChevronRight, MoreVertical } from 'lucide-react';
import { DropdownMenu } from 'radix-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepoContext } from '@/lib/db/context';
import { deleteCase, updateCase } from '@/lib/db/repos/cases';
import { mergeCases } from '@/lib/db/repos/merge';
import { caseStatusSchema, type CaseRecord, type CaseStatus } from '@/lib/schemas/case';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { errorMessage } from '../common/error-message';
import { useLocaleInfo } from '../common/locale-context';
import { Ltr } from '../common/Ltr';
import { CasePickerDialog } from './CasePickerDialog';

export function CaseHeader({
  repo,
  record,
  onBack,
  onOpenCase,
  onError,
}: {
  repo: RepoContext;
  record: CaseRecord;
  onBack: () => void;
  onOpenCase: (caseId: string) => void;
  onError: (message: string) => void;
}) {
  const { t } = useTranslation();
  const { dir } = useLocaleInfo();
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(record.title);
  const [dialog, setDialog] = useState<'delete' | 'merge' | null>(null);
  const run = (work: Promise<unknown>) => work.catch((error: unknown) => onError(errorMessage(error, t)));
  const BackIcon = dir === 'rtl' ? ChevronRight : ChevronLeft;

  return (
    <header className="case-header">
      <button type="button" className="quiet back" onClick={onBack}>
        <BackIcon aria-hidden="true" size={16} /> {t('case.back')}
      </button>
      <div className="case-title-row">
        {editing ? (
          <form
            className="row grow"
            onSubmit={(event) => {
              event.preventDefault();
              const next = title.trim();
              if (next && next !== record.title) void run(updateCase(repo, record.id, { title: next }));
              setEditing(false);
            }}
          >
            <input
              aria-label={t('case.titleLabel')}
              value={title}
              maxLength={500}
              onChange={(event) => setTitle(event.target.value)}
              dir="auto"
              autoFocus
            />
            <button type="submit" className="primary">
              {t('common.save')}
            </button>
          </form>
        ) : (
          <h1 className="grow">
            <bdi>{record.title}</bdi>
          </h1>
        )}
        <DropdownMenu.Root modal={false} dir={dir}>
          <DropdownMenu.Trigger asChild>
            <button type="button" className="icon-button" aria-label={t('case.actions')}>
              <MoreVertical aria-hidden="true" size={18} />
            </button>
          </DropdownMenu.Trigger>
          <DropdownMenu.Portal>
            <DropdownMenu.Content className="menu" align="end" sideOffset={4}>
              <DropdownMenu.Item className="menu-item" onSelect={() => setEditing(true)}>
                {t('case.rename')}
              </DropdownMenu.Item>
              <DropdownMenu.Item className="menu-item" onSelect={() => setDialog('merge')}>
                {t('case.merge')}
              </DropdownMenu.Item>
              <DropdownMenu.Separator className="menu-separator" />
              <DropdownMenu.Item className="menu-item danger-text" onSelect={() => setDialog('delete')}>
                {t('case.delete')}
              </DropdownMenu.Item>
            </DropdownMenu.Content>
          </DropdownMenu.Portal>
        </DropdownMenu.Root>
      </div>
      <div className="case-meta">
        <label className="field-inline">
          <span className="muted">{t('case.statusLabel')}</span>
          <select
            value={record.status}
            onChange={(event) => void run(updateCase(repo, record.id, { status: event.target.value as CaseStatus }))}
          >
            {caseStatusSchema.options.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </label>
        {record.site && (
          <span className="muted">
            {t('case.site')}: <Ltr>{record.site}</Ltr>
          </span>
        )}
      </div>
      <ConfirmDialog
        open={dialog === 'delete'}
        title={t('case.deleteTitle', { title: record.title })}
        body={t('case.deleteBody')}
        confirmLabel={t('case.deleteConfirm')}
        danger
        onClose={() => setDialog(null)}
        onConfirm={() => {
          setDialog(null);
          void run(deleteCase(repo, record.id).then(onBack));
        }}
      />
      <CasePickerDialog
        repo={repo}
        open={dialog === 'merge'}
        title={t('case.mergeTitle', { title: record.title })}
        body={t('case.mergeBody')}
        label={t('case.mergeTarget')}
        confirmLabel={t('case.mergeConfirm')}
        excludeCaseId={record.id}
        onClose={() => setDialog(null)}
        onPick={(target) => {
          setDialog(null);
          void run(mergeCases(repo, record.id, target).then(() => onOpenCase(target)));
        }}
      />
    </header>
  );
}
