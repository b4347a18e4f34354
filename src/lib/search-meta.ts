// What a guide tells Pagefind beyond its visible text: aliases (searchable, never shown) and filters.
import { expandAliases } from './aliases.ts';

/** Pagefind separates meta keys with commas, so a value may not contain one. */
export function metaValue(words: readonly string[]): string {
  return words.map((w) => w.replace(/[,:]/g, ' ').trim()).filter(Boolean).join(' ');
}

export function carrierAliasWords(name: string, aliases: readonly string[], shortNames: readonly string[]): string[] {
  return expandAliases([name, ...aliases, ...shortNames]);
}
