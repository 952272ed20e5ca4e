export { checkTone } from './check-tone';
export { detectLocale } from './script';
export {
  toneFindingKindSchema,
  toneFindingSchema,
  toneLocaleSchema,
  toneResultSchema,
  toneVerdictSchema,
  type ToneFinding,
  type ToneFindingKind,
  type ToneLocale,
  type ToneOptions,
  type ToneResult,
  type ToneVerdict,
} from './types';
