// Stop-paying timelines: which calendar day an event falls on (labels.ts says how its offset reads).
// Dates are calendar days written YYYY-MM-DD and computed in UTC, so a reader's time zone never
// shifts them: event day = day 0 + N days (or + N months, clamped to the month's last day).
// Type-only imports: this file runs in the browser on /deadline/, where zod must not be bundled.
import type { TimelineEvent } from '../../schemas/index.ts';
import { isoDay } from '../site.ts';

type Offset = Pick<TimelineEvent, 'days' | 'daysMax' | 'months' | 'monthsMax'>;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses YYYY-MM-DD as a real calendar day; undefined for anything else (2026-02-30, "", 2026-2-3). */
export function parseDay(text: string): Date | undefined {
  const m = DAY.exec(text);
  if (!m) return undefined;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().startsWith(text) ? date : undefined;
}

/** day0 + n calendar days. */
export function addDays(day0: Date, n: number): Date {
  return new Date(day0.getTime() + n * 86_400_000);
}

/** day0 + n calendar months; a day that the target month lacks becomes its last day (Jan 31 + 1 → Feb 28 or 29). */
export function addMonths(day0: Date, n: number): Date {
  const y = day0.getUTCFullYear();
  const m = day0.getUTCMonth() + n;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(day0.getUTCDate(), lastDay)));
}

/**
 * The calendar days an event falls on: `earliest` always, `latest` where the source gives a range.
 * `day0` is YYYY-MM-DD; throws RangeError when it is not a real day.
 */
export function eventDates(day0: string, e: Offset): { earliest: string; latest?: string } {
  const start = parseDay(day0);
  if (!start) throw new RangeError(`expected a day written YYYY-MM-DD, got "${day0}"`);
  if (e.months !== undefined) {
    return {
      earliest: isoDay(addMonths(start, e.months)),
      ...(e.monthsMax !== undefined && { latest: isoDay(addMonths(start, e.monthsMax)) }),
    };
  }
  return {
    earliest: isoDay(addDays(start, e.days ?? 0)),
    ...(e.daysMax !== undefined && { latest: isoDay(addDays(start, e.daysMax)) }),
  };
}

/** An event's offset in days for sorting and drawing (a month counts as 30 days), earliest end. */
export function offsetDays(e: Offset): number {
  return e.months !== undefined ? e.months * 30 : (e.days ?? 0);
}
