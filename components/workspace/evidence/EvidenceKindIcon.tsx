import { File, FileArchive, Image, Paperclip, Phone, StickyNote, type LucideIcon } from 'lucide-react';

const ICONS: Record<string, LucideIcon> = {
  screenshot: Image,
  'page-archive': FileArchive,
  note: StickyNote,
  'call-log': Phone,
  attachment: Paperclip,
};

/** The kind's icon; a kind this version does not know gets a plain file. */
export function EvidenceKindIcon({ kind, size = 40, className }: { kind: string; size?: number; className?: string }) {
  const Icon = ICONS[kind] ?? File;
  return <Icon aria-hidden="true" size={size} className={className} />;
}
