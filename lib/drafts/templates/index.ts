import type { Locale } from '../../schemas/common';
import { enTemplates } from './en';
import { heTemplates } from './he';
import { ruTemplates } from './ru';
import type { TemplateSet } from './types';

export type { DraftLength, TemplateSet } from './types';

export const TEMPLATES: Readonly<Record<Locale, TemplateSet>> = { en: enTemplates, he: heTemplates, ru: ruTemplates };
