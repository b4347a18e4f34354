// The site's languages: each edition's tags and dictionary. A second edition adds an entry here and
// a dictionary beside zh-CN.json; nothing else names a language.
import { uiDictionarySchema, type UiDictionary } from './schema.ts';
import zhCN from './zh-CN.json' with { type: 'json' };

export interface Locale {
  /** BCP 47 tag for `<html lang>`, feeds and structured data. */
  lang: string;
  /** Open Graph's language_TERRITORY form. */
  ogLocale: string;
  /** Locale for Intl date formatting. */
  dateLocale: string;
  words: UiDictionary;
}

export const LOCALES = {
  'zh-CN': { lang: 'zh-CN', ogLocale: 'zh_CN', dateLocale: 'zh-CN', words: uiDictionarySchema.parse(zhCN) },
} satisfies Record<string, Locale>;

export type LocaleId = keyof typeof LOCALES;

/** The edition every page is built in until a second one exists. */
export const DEFAULT_LOCALE: LocaleId = 'zh-CN';
