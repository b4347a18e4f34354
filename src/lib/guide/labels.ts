// Labels for the enums in the schema and the sections the templates add: one table, used by pages,
// lists and search metadata. The words are in the UI dictionary (src/i18n/); this file names them
// by the schema's values. Server-side only: browser code takes its words from src/i18n/browser.ts.
import { fill } from '../../i18n/format.ts';
import { words } from '../../i18n/index.ts';
import type { TimelineEvent } from '../../schemas/index.ts';

export const KIND_LABELS = words.kind;
export const GROUP_LABELS = words.group;
export const CHANNEL_LABELS = words.channel;
export const THEME_LABELS = words.theme;
export const PAUSE_LABELS = words.pause;
export const TEXTS_LABELS = words.texts;

/** Network names are the carriers' own, the same in every language. */
export const NETWORK_LABELS = {
  att: 'AT&T',
  verizon: 'Verizon',
  't-mobile': 'T-Mobile',
  'us-cellular': 'US Cellular',
} as const;

/** Headings of the sections the carrier template adds, by section id. */
export const CARRIER_SECTIONS = words.carrierSection;
/** Headings of the sections the card-type and topic templates add. */
export const GUIDE_SECTIONS = words.guideSection;

/** Day 0 in the reader's words, as the deadline tool asks for it. */
export const FROM_LABELS = words.timelineFrom;
export const EVENT_LABELS = words.timelineEvent;
export const PORTABLE_LABELS = {
  true: words.timeline.portableTrue,
  false: words.timeline.portableFalse,
  unknown: words.timeline.portableUnknown,
} as const;

type Offset = Pick<TimelineEvent, 'days' | 'daysMax' | 'months' | 'monthsMax'>;

/** An event's offset from day 0 (dictionary keys timeline.day, timeline.afterMonths; day 0 has its own). */
export function offsetLabel(e: Offset): string {
  const span = (from: number, to: number | undefined) =>
    to !== undefined ? fill(words.timeline.range, { from, to }) : String(from);
  if (e.months !== undefined) return fill(words.timeline.afterMonths, { months: span(e.months, e.monthsMax) });
  if (e.days === 0 && e.daysMax === undefined) return words.timeline.day0;
  return fill(words.timeline.day, { days: span(e.days!, e.daysMax) });
}
