// Sources are numbered in the order the guide lists them; every [n] marker links to its entry.
import type { Source } from '../../schemas/index.ts';
import { t, words } from '../../i18n/index.ts';
import { isoDay } from '../site.ts';
import { refSource } from '../content/sources.ts';

export type { Source };

/** Entries of the sources list are anchored by number, which keeps every [n] marker short. */
export const sourceAnchor = (n: number) => `src-${n}`;

/**
 * Whether any of `ids` names an official source in `sources`. False means the claim rests on third
 * parties only (the page then says so, dictionary key `status.thirdPartyOnly`); ids that name no source count as not official.
 */
export function citesOfficial(sources: readonly Pick<Source, 'id' | 'official'>[], ids: readonly string[]): boolean {
  return ids.some((id) => sources.find((s) => s.id === refSource(id))?.official === true);
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
 * How the page was read when not live, for the sources list: an archived copy with its date (or
 * without one), or a copy on another site and whether it matches the page (dictionary group `source`).
 * Undefined for a page read live at its own address.
 */
export function indirectReadLabel(source: Source): string | undefined {
  if (source.via) {
    const where = source.via.url
      ? t('source.viaHost', { host: new URL(source.via.url).hostname })
      : words.source.viaElsewhere;
    return t('source.via', {
      where,
      unaltered: source.via.unaltered ? words.source.unaltered : words.source.maybeAltered,
    });
  }
  if (source.captured === 'unknown') return words.source.capturedUnknown;
  if (source.captured) return t('source.captured', { date: isoDay(source.captured) });
  return undefined;
}

/** The same date with what it is (page date, archived or checked), for readers weighing two claims. */
export function sourceDateLabel(source: Source): string {
  if (source.pageDate !== undefined) return t('source.pageDate', { date: sourceDate(source) });
  if (source.captured instanceof Date) return t('source.archivedOn', { date: isoDay(source.captured) });
  return t('source.checkedOn', { date: isoDay(source.checked) });
}
