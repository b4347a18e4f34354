// Search aliases: people type carrier names with and without spaces, hyphens and "&".
// Pagefind matches word prefixes and has no typo tolerance, so the variants go into the index.

/** The form two aliases are compared in: "AT&T", "at t" and "A.T.&T." are one name. */
export function normalizeAlias(alias: string): string {
  return alias.normalize('NFKC').toLowerCase().replace(/[\s\-_.&·]+/g, '');
}

/** Spellings a reader may type for one name: "T-Mobile" → t-mobile, tmobile, t mobile. */
export function spellingVariants(name: string): string[] {
  const lower = name.normalize('NFKC').toLowerCase().trim();
  const variants = new Set<string>([lower]);
  const spaced = lower.replace(/[-_.]+/g, ' ').replace(/\s+/g, ' ').trim();
  variants.add(spaced);
  variants.add(spaced.replace(/\s+/g, ''));
  variants.add(lower.replace(/[\s\-_.]+/g, '-'));
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
