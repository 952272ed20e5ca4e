import { genericAdapter } from './generic';
import type { ChatAdapter } from './types';

/** Vendor adapters go first; the generic adapter is the fallback for every widget. */
export const ADAPTERS: readonly ChatAdapter[] = [genericAdapter];
