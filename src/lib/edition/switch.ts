// The language switch and the hreflang alternates: every page exists in every edition at the same
// path under the edition's base, so both are computed from the page's path alone.
import { DEFAULT_LOCALE, LOCALES, type LocaleId } from '../../i18n/config.ts';

const IDS = Object.keys(LOCALES) as LocaleId[];

/** `path` ('/carriers/att/', in the default edition) in edition `id`. */
export const pathIn = (path: string, id: LocaleId) => `${LOCALES[id].base}${path}`;

/** `<link rel="alternate">` targets: each edition's URL of the page, then x-default (the default edition). */
export function alternates(path: string, site: URL | string): { hreflang: string; href: string }[] {
  return [
    ...IDS.map((id) => ({ hreflang: LOCALES[id].lang, href: new URL(pathIn(path, id), site).href })),
    { hreflang: 'x-default', href: new URL(pathIn(path, DEFAULT_LOCALE), site).href },
  ];
}

/**
 * The switch shown in the header of a page of edition `current`: a link to the same page in each
 * other edition, labelled in that edition's own script and marked with its language, so no edition
 * converts it. search-boot.ts adds the reader's anchor and search words when it is followed.
 */
export function switchHtml(path: string, current: LocaleId): string {
  const links = IDS.filter((id) => id !== current).map(
    (id) =>
      `<a href="${pathIn(path, id)}" hreflang="${LOCALES[id].lang}" lang="${LOCALES[id].lang}">${LOCALES[id].label}</a>`,
  );
  return `<span class="edition-switch">${links.join(' ')}</span>`;
}

/**
 * @astrojs/sitemap's `i18n` option: each edition's folder → its language, the default edition at the
 * root. The sitemap then lists every page's alternates (xhtml:link) as the pages' own <head> does.
 */
export function sitemapLocales(): { defaultLocale: string; locales: Record<string, string> } {
  return {
    defaultLocale: DEFAULT_LOCALE,
    locales: Object.fromEntries(
      IDS.map((id) => [id === DEFAULT_LOCALE ? id : LOCALES[id].base.slice(1), LOCALES[id].lang]),
    ),
  };
}
