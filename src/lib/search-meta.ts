// What a guide tells Pagefind beyond its visible text: its own names (searchable, never shown) and filters.
import { expandAliases } from './aliases.ts';
import { withTraditional } from './traditional.ts';

/** Pagefind separates meta keys with commas and keys from values with colons; a value may hold neither. */
export function metaValue(words: readonly string[], separator = ' '): string {
  return words.map((w) => w.replace(/[,:|]/g, ' ').replace(/\s+/g, ' ').trim()).filter(Boolean).join(separator);
}

/**
 * The `name` meta of a guide: every spelling of its own names, with Traditional-Chinese forms, one name
 * between each "|". Pagefind indexes all the words; search-rank.ts splits on "|" to tell a query that
 * IS one of the guide's names ("t mobile") from one that only shares a word ("t-mobile prepaid").
 */
export function nameMeta(names: readonly string[]): string {
  return metaValue(withTraditional(expandAliases(names)), ' | ');
}
