// What a guide tells Pagefind beyond its visible text: aliases (searchable, never shown) and filters.
import { expandAliases, normalizeAlias } from './aliases.ts';

/** Pagefind separates meta keys with commas, so a value may not contain one. */
export function metaValue(words: readonly string[]): string {
  return words.map((w) => w.replace(/[,:]/g, ' ').trim()).filter(Boolean).join(' ');
}

export function carrierAliasWords(name: string, aliases: readonly string[], shortNames: readonly string[]): string[] {
  return expandAliases([name, ...aliases, ...shortNames]);
}

/**
 * A guide's own names as single words ("T-Mobile" → "tmobile", "AT&T" → "att", "at and t" → "atandt"),
 * for search-rank.ts to recognise a query that IS the guide's name, and the heaviest meta weight.
 */
export function ownNameWords(names: readonly string[]): string[] {
  return [...new Set(expandAliases(names).map(normalizeAlias).filter(Boolean))];
}
