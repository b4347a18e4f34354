// The comparison table's cells, derived from each carrier's data.
import type { ActiveCarrier, Carrier, Fact } from '../../schemas/index.ts';
import { offsetLabel } from '../guide/labels.ts';
import { CHANNEL_LABELS, PAUSE_LABELS, TEXTS_LABELS } from '../guide/labels.ts';
import { t, words } from '../../i18n/index.ts';
import { difficulty, DIFFICULTY_LABELS } from '../guide/difficulty.ts';

export type OnlineCancel = 'yes' | 'some' | 'no';
export const ONLINE_LABELS: Record<OnlineCancel, string> = {
  yes: words.compare.onlineYes,
  some: words.compare.onlineSome,
  no: words.compare.onlineNo,
};

export function onlineCancel(carrier: Pick<ActiveCarrier, 'cancel'>): OnlineCancel {
  const online = carrier.cancel.channels.filter((c) => c.channel === 'online' || c.channel === 'app');
  if (online.some((c) => c.status === 'works')) return 'yes';
  return online.length ? 'some' : 'no';
}

export function channelSummary(carrier: Pick<ActiveCarrier, 'cancel'>): string {
  return [...new Set(carrier.cancel.channels.map((c) => CHANNEL_LABELS[c.channel]))].join(words.site.listSeparator);
}

/** A fact as one line of text for a table cell; unknowns say so. */
export function factLine(fact: Fact): string {
  if (fact.notApplicable !== undefined) return t('status.notApplicableBecause', { why: fact.notApplicable });
  return fact.unknown !== undefined ? t('status.unknownBecause', { why: fact.unknown }) : fact.text!;
}

export function keepNumberLine(carrier: Pick<Carrier, 'keepNumber'>): string {
  const k = carrier.keepNumber;
  if (!k) return '—';
  return k.periodMonths === 1
    ? t('compare.keepMonthly', { plan: k.plan, price: k.priceUsd })
    : t('compare.keepEvery', { plan: k.plan, months: k.periodMonths, price: k.priceUsd });
}

/** Yearly cost of keeping the number, for sorting and the leaving-the-US table. */
export function yearlyKeepCost(carrier: Pick<Carrier, 'keepNumber'>): number | undefined {
  const k = carrier.keepNumber;
  return k ? Math.round((k.priceUsd * 12 * 100) / k.periodMonths) / 100 : undefined;
}

export function stopPayingLine(carrier: Pick<ActiveCarrier, 'stopPaying'>): string {
  const { timeline, summary } = carrier.stopPaying;
  return timeline.length
    ? timeline
        .map((e) => t('compare.offsetLine', { offset: offsetLabel(e), text: e.text }))
        .join(words.compare.lineSeparator)
    : factLine(summary);
}

/** One column of /compare/: its heading, and its cell for a carrier. */
export interface CompareColumn {
  /** Stable lower-case ASCII id of the column, for code and tests to name it by. */
  key: string;
  /** The column heading, also shown above each cell where the table is read row by row (phones). */
  label: string;
  /** The cell as one line of text; [[contact-id]] references in it render as that contact's link. */
  cell: (carrier: ActiveCarrier) => string;
}

/** Heading of the first column, whose cells name the carrier (row headers). */
export const COMPARE_ROW_HEADING = words.compare.rowHeading;

/** The columns of /compare/ (active carriers; ended ones are listed apart), in order. A new column is one entry here; the page and its tests follow. */
export const COMPARE_COLUMNS: readonly CompareColumn[] = [
  { key: 'difficulty', label: words.compare.difficulty, cell: (c) => DIFFICULTY_LABELS[difficulty(c)] },
  { key: 'channels', label: words.compare.channels, cell: channelSummary },
  { key: 'online', label: words.compare.online, cell: (c) => ONLINE_LABELS[onlineCancel(c)] },
  { key: 'pin', label: words.compare.pin, cell: (c) => factLine(c.portOut.pin) },
  { key: 'pin-validity', label: words.compare.pinValidity, cell: (c) => factLine(c.portOut.pinValidity) },
  { key: 'stop-paying', label: words.compare.stopPaying, cell: stopPayingLine },
  { key: 'pause', label: words.compare.pause, cell: (c) => pauseLine(c) },
  { key: 'abroad', label: words.compare.abroad, cell: (c) => factLine(c.abroad.rules) },
  { key: 'keep-number', label: words.compare.keepNumber, cell: keepNumberLine },
];

/** Whether the line can be paused instead of cancelled, and whether a paused line still gets texts. */
export function pauseLine(c: Pick<ActiveCarrier, 'pause'>): string {
  const offered = c.pause.available === 'everyone' || c.pause.available === 'limited';
  return offered
    ? t('compare.pauseLine', { pause: PAUSE_LABELS[c.pause.available], texts: TEXTS_LABELS[c.pause.texts] })
    : PAUSE_LABELS[c.pause.available];
}
