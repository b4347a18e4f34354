// The site's languages: each edition's tags, path and dictionary. The default edition is written
// (content/, zh-CN.json); every other edition is derived from it at build time (src/lib/edition/),
// and its dictionary is the default one converted (scripts/edition-words.ts). Nothing else names a
// language.
import { uiDictionarySchema, type UiDictionary } from './schema.ts';
import zhCN from './zh-CN.json' with { type: 'json' };
import zhTW from './zh-TW.json' with { type: 'json' };

export interface Locale {
  /** BCP 47 tag for `<html lang>`, hreflang, feeds and structured data. */
  lang: string;
  /** Open Graph's language_TERRITORY form. */
  ogLocale: string;
  /** Locale for Intl date formatting. */
  dateLocale: string;
  /** Where the edition's pages live: '' for the default edition, '/zh-tw' for the Traditional one. */
  base: string;
  /** The language's name in its own script, for the language switch (简体中文 / 繁體中文). */
  label: string;
  /** The font family of the edition's link-preview cards: one drawn for its script and region. */
  cardFont: 'Noto Sans SC' | 'Noto Sans TC';
  words: UiDictionary;
}

export const LOCALES = {
  'zh-CN': {
    lang: 'zh-CN',
    ogLocale: 'zh_CN',
    dateLocale: 'zh-CN',
    base: '',
    label: '简体中文',
    cardFont: 'Noto Sans SC',
    words: uiDictionarySchema.parse(zhCN),
  },
  // Taiwan usage, tagged zh-TW rather than zh-Hant: Pagefind and Starlight both mishandle zh-Hant and
  // zh-HK (../shared/research/traditional-chinese.md §2.4–2.5).
  'zh-TW': {
    lang: 'zh-TW',
    ogLocale: 'zh_TW',
    dateLocale: 'zh-TW',
    base: '/zh-tw',
    label: '繁體中文',
    cardFont: 'Noto Sans TC',
    // Derived and checked where it is made (tests/unit/convert.test.ts): not parsed here, so that a stale
    // file never stops `npm run edition:words` from writing the fresh one.
    words: zhTW satisfies UiDictionary,
  },
} satisfies Record<string, Locale>;

export type LocaleId = keyof typeof LOCALES;

/** The written edition: content/ and zh-CN.json are in it, at the site's root. */
export const DEFAULT_LOCALE: LocaleId = 'zh-CN';

/** The editions derived from the default one at build time. */
export const DERIVED_LOCALES = (Object.keys(LOCALES) as LocaleId[]).filter((id) => id !== DEFAULT_LOCALE);

/** The folders of the derived editions at the top of the site ('zh-tw'). */
export const EDITION_DIRS = DERIVED_LOCALES.map((id) => LOCALES[id].base.slice(1));

/**
 * A site path split into its edition and the same page's path in the default edition:
 * '/zh-tw/carriers/att/' → { id: 'zh-TW', path: '/carriers/att/' }; '/carriers/att/' → { id: 'zh-CN', … }.
 */
export function editionOf(path: string): { id: LocaleId; path: string } {
  for (const id of DERIVED_LOCALES) {
    const base = LOCALES[id].base;
    if (path === base || path.startsWith(`${base}/`)) return { id, path: path.slice(base.length) || '/' };
  }
  return { id: DEFAULT_LOCALE, path };
}
