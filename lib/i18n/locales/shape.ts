import type { en } from './en';

/** Plural forms other languages need beyond English's one/other (Hebrew two, Russian few/many). */
type PluralExtras = { [key: `${string}_${'zero' | 'two' | 'few' | 'many'}`]: string };

type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> } & PluralExtras;

/** Every language has every English key (the compiler checks; tests/unit/i18n.test.ts too). */
export type LocaleStrings = Shape<typeof en>;
