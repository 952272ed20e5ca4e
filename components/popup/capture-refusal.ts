import type { TFunction } from 'i18next';
import type { Rejection } from '@/lib/messaging/protocol';

const REFUSALS = ['browser-page', 'web-store', 'pdf', 'local-file', 'not-a-page'] as const;
type Refusal = (typeof REFUSALS)[number];
const isRefusal = (reason: string | undefined): reason is Refusal =>
  (REFUSALS as readonly string[]).includes(reason ?? '');

/** The background's refusal of a capture in the user's words; a full disk says what to do. */
export function captureRefusalMessage(error: Rejection['error'], t: TFunction): string {
  if (isRefusal(error.reason)) return t(`capture.refused.${error.reason}`);
  if (error.code === 'storage-full') return t('errors.storageFull');
  return error.message;
}
