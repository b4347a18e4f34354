// Search aliases: people type carrier names with and without spaces, hyphens and "&".
// Pagefind matches word prefixes and has no typo tolerance, so the variants go into the index.

/** The form two aliases are compared in: "AT&T", "at t" and "A.T.&T." are one name. */
export function normalizeAlias(alias: string): string {
  return alias
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_.&·]+/g, '');
}

/**
 * Spellings a reader may type for one name. Pagefind already indexes "t-mobile" as "tmobile", "t" and
 * "mobile", so only what it cannot derive is added: the joined form of a spaced name ("lyca mobile" →
 * "lycamobile") and the ways "&" is typed ("AT&T" → "at and t", "at t", "att").
 */
export function spellingVariants(name: string): string[] {
  const lower = name.normalize('NFKC').toLowerCase().trim();
  const variants = new Set<string>([lower]);
  if (/\s/.test(lower)) variants.add(lower.replace(/[\s\-_.]+/g, ''));
  if (lower.includes('&')) {
    variants.add(lower.replace(/&/g, ' and ').replace(/\s+/g, ' '));
    variants.add(lower.replace(/&/g, ' ').replace(/\s+/g, ' '));
    variants.add(lower.replace(/[&\s]+/g, ''));
  }
  return [...variants].filter(Boolean);
}

/** All variants of all names, de-duplicated, in a stable order. */
export function expandAliases(names: readonly string[]): string[] {
  return [...new Set(names.flatMap(spellingVariants))];
}
