// The readable text of a fetched page, and the one normal form in which quotes and titles are looked for.
import { decodeHTML } from 'entities';
import { convert } from 'html-to-text';

/**
 * Text as a person reads it: entities decoded, compatibility forms folded (NFKC turns non-breaking spaces,
 * full-width letters and "…" into their plain forms), curly quotes made straight, every dash a hyphen, soft
 * hyphens and zero-width characters dropped, runs of whitespace one space, lower case. A quote copied from a
 * page is found again however the page typesets it.
 */
export function normalizeText(text: string): string {
  return decodeHTML(text)
    .normalize('NFKC')
    .replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, '')
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Whether `needle` occurs in `haystack` once both are normalised (an empty needle never does). */
export function containsNormalized(normalizedHaystack: string, needle: string): boolean {
  const n = normalizeText(needle);
  return n.length > 0 && normalizedHaystack.includes(n);
}

/**
 * The visible text of an HTML page: scripts, styles, templates and images left out, links as their words only
 * (no bracketed addresses), headings in their own case, no line wrapping.
 */
export function pageText(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'script', format: 'skip' },
      { selector: 'style', format: 'skip' },
      { selector: 'noscript', format: 'skip' },
      { selector: 'template', format: 'skip' },
      { selector: 'svg', format: 'skip' },
      { selector: 'head', format: 'skip' },
      ...(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const).map((selector) => ({
        selector,
        options: { uppercase: false },
      })),
    ],
  });
}

/** The page's `<title>` as served, entities decoded, or '' when it has none. */
export function servedTitle(html: string): string {
  const match = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  return match ? decodeHTML(match[1]!).replace(/\s+/g, ' ').trim() : '';
}

/**
 * Forms of a page's title to look for in its text. A title recorded in the guides may carry an annotation in
 * Chinese (`Cancel service（T-Mobile 支持页）`): it is dropped. A served title is split at the separators sites
 * put between a page's name and their own (`Cancel service | T-Mobile`), and only its longest part is kept: the
 site's own name is in every page's navigation, rendered or not. Forms under four characters say nothing.
 */
export function titleForms(recordedTitle: string, served: string): string[] {
  const recorded = recordedTitle
    .replace(/（[^）]*）/g, ' ')
    .replace(/\([^)]*[\u3400-\u9fff][^)]*\)/g, ' ')
    .trim();
  const servedPart = served
    .split(/\s+[|–—·•:-]\s+|\s*[|｜]\s*/)
    .reduce((longest, part) => (part.length > longest.length ? part : longest), '');
  return [recorded, servedPart].map((t) => t.trim()).filter((t) => normalizeText(t).length >= 4);
}
