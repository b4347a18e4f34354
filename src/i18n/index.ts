// The accessor for reader-facing words that are not content: `t('search.found', { n })` in pages,
// components and server helpers. Browser code imports its own group from ./browser.ts instead,
// so it never ships the whole dictionary.
import { DEFAULT_LOCALE, LOCALES, type LocaleId } from './config.ts';
import { fill, type Vars } from './format.ts';
import type { UiDictionary } from './schema.ts';

/** Every key of the dictionary, as `group.name`. */
export type UiKey = {
  [G in keyof UiDictionary]: `${G & string}.${keyof UiDictionary[G] & string}`;
}[keyof UiDictionary];

const locale = LOCALES[DEFAULT_LOCALE];

/** The page language and its tags, from the i18n configuration. */
export const LANG = locale.lang;
export const OG_LOCALE = locale.ogLocale;

/** The dictionary of the site's language, for tables keyed by an enum (labels.ts). */
export const words = locale.words;

export const SITE_NAME = words.site.name;
export const SITE_TAGLINE = words.site.tagline;

/** The word for `key` in the site's language, with `{name}` placeholders filled from `vars`. */
export function t(key: UiKey, vars?: Vars, id: LocaleId = DEFAULT_LOCALE): string {
  const [group, name] = key.split('.') as [keyof UiDictionary, string];
  const text = (LOCALES[id].words[group] as Record<string, string>)[name];
  if (text === undefined) throw new Error(`no UI word "${key}" in ${id}`);
  return fill(text, vars);
}

const longDate = new Intl.DateTimeFormat(locale.dateLocale, {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
});

/** A calendar day as readers write it in the site's language ("2026年1月1日"), the same in every time zone. */
export function formatDate(date: Date): string {
  return longDate.format(date);
}
