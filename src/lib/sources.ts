// Sources are numbered in the order the guide lists them; every [n] marker links to its entry.
import type { z } from 'astro/zod';
import type { sourceSchema } from './schema.ts';
import { isoDay } from './site.ts';

export type Source = z.infer<typeof sourceSchema>;

/** Entries of the sources list are anchored by number, which keeps every [n] marker short. */
export const sourceAnchor = (n: number) => `src-${n}`;

export function sourceNumbers(sources: readonly Source[]): Map<string, number> {
  return new Map(sources.map((s, i) => [s.id, i + 1]));
}

/** The date a claim is "as of": the page's own date if shown, else the archive's, else when it was checked. */
export function sourceDate(source: Source): string {
  if (source.pageDate instanceof Date) return isoDay(source.pageDate);
  if (typeof source.pageDate === 'string') return source.pageDate;
  return isoDay(source.captured ?? source.checked);
}

/** The same date with what it is, for readers weighing two claims: "页面日期 2022-08-15". */
export function sourceDateLabel(source: Source): string {
  if (source.pageDate !== undefined) return `页面日期 ${sourceDate(source)}`;
  if (source.captured) return `存档于 ${isoDay(source.captured)}`;
  return `核对于 ${isoDay(source.checked)}`;
}
