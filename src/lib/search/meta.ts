// What a guide tells Pagefind beyond its visible text: its own names (searchable, never shown) and filters.
import { expandAliases } from './aliases.ts';

/** Pagefind separates meta keys with commas and keys from values with colons; a value may hold neither. */
export function metaValue(words: readonly string[]): string {
  return words
    .map((w) => w.replace(/[,:]/g, ' ').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(' ');
}

/** The `name` meta of a guide: every spelling of its own names, weighted highest when ranking. */
export function nameMeta(names: readonly string[]): string {
  return metaValue(expandAliases(names));
}
