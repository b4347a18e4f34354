// Pagefind scores a match in a meta field the same whether it is exact or a prefix ("tmobile" in
// "tmobileprepaid"), so the guide whose own name IS the query can tie with guides that merely start
// with it. After Pagefind ranks, results whose own names contain the query exactly move to the top,
// keeping Pagefind's order otherwise.
import { normalizeAlias } from './aliases.ts';

export interface RankedResult {
  meta: Record<string, string | undefined>;
}

export function isOwnName(query: string, nameMeta: string | undefined): boolean {
  const wanted = normalizeAlias(query);
  return !!wanted && !!nameMeta && nameMeta.split('|').some((name) => normalizeAlias(name) === wanted);
}

export function rankByOwnName<T extends RankedResult>(query: string, results: readonly T[]): T[] {
  const own = results.filter((r) => isOwnName(query, r.meta.name));
  return [...own, ...results.filter((r) => !own.includes(r))];
}
