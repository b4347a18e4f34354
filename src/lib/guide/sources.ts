// Sources are numbered in the order the guide lists them; every [n] marker links to its entry.
import type { z } from 'astro/zod';
import type { sourceSchema } from '../../schemas/index.ts';
import { isoDay } from '../site.ts';

export type Source = z.infer<typeof sourceSchema>;

/** Entries of the sources list are anchored by number, which keeps every [n] marker short. */
export const sourceAnchor = (n: number) => `src-${n}`;

/**
 * Whether any of `ids` names an official source in `sources`. False means the claim rests on third
 * parties only (the page then says 仅第三方说法); ids that name no source count as not official.
 */
export function citesOfficial(sources: readonly Pick<Source, 'id' | 'official'>[], ids: readonly string[]): boolean {
  return ids.some((id) => sources.find((s) => s.id === id)?.official === true);
}

export function sourceNumbers(sources: readonly Source[]): Map<string, number> {
  return new Map(sources.map((s, i) => [s.id, i + 1]));
}

/** The day the text read was current: the archived copy's date when known, else the day it was checked. */
export function readOn(source: Source): Date {
  return source.captured instanceof Date ? source.captured : source.checked;
}

/** The date a claim is "as of": the page's own date if shown, else the archive's, else when it was checked. */
export function sourceDate(source: Source): string {
  if (source.pageDate instanceof Date) return isoDay(source.pageDate);
  if (typeof source.pageDate === 'string') return source.pageDate;
  return isoDay(readOn(source));
}

/**
 * How the page was read when not live, for the sources list: "存档副本 2025-04-01", "存档副本（日期不详）",
 * "读的是 example.org 上的副本（与原页面一致）". Undefined for a page read live at its own address.
 */
export function indirectReadLabel(source: Source): string | undefined {
  if (source.via) {
    const where = source.via.url ? ` ${new URL(source.via.url).hostname} 上的副本` : '另一网站上的副本';
    return `读的是${where}${source.via.unaltered ? '（与原页面一致）' : '（可能有改动）'}`;
  }
  if (source.captured === 'unknown') return '存档副本（日期不详）';
  if (source.captured) return `存档副本 ${isoDay(source.captured)}`;
  return undefined;
}

/** The same date with what it is, for readers weighing two claims: "页面日期 2022-08-15". */
export function sourceDateLabel(source: Source): string {
  if (source.pageDate !== undefined) return `页面日期 ${sourceDate(source)}`;
  if (source.captured instanceof Date) return `存档于 ${isoDay(source.captured)}`;
  return `核对于 ${isoDay(source.checked)}`;
}
