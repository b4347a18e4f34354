// The comparison table's cells, derived from each carrier's data.
import type { ActiveCarrier, Carrier, Fact } from '../../schemas/index.ts';
import { offsetLabel } from '../guide/timeline.ts';
import { CHANNEL_LABELS, PAUSE_LABELS, TEXTS_LABELS } from '../guide/labels.ts';
import { difficulty, DIFFICULTY_LABELS } from '../guide/difficulty.ts';

export type OnlineCancel = 'yes' | 'some' | 'no';
export const ONLINE_LABELS: Record<OnlineCancel, string> = { yes: '可以', some: '部分账户', no: '不行' };

export function onlineCancel(carrier: Pick<ActiveCarrier, 'cancel'>): OnlineCancel {
  const online = carrier.cancel.channels.filter((c) => c.channel === 'online' || c.channel === 'app');
  if (online.some((c) => c.status === 'works')) return 'yes';
  return online.length ? 'some' : 'no';
}

export function channelSummary(carrier: Pick<ActiveCarrier, 'cancel'>): string {
  return [...new Set(carrier.cancel.channels.map((c) => CHANNEL_LABELS[c.channel]))].join('、');
}

/** A fact as one line of text for a table cell; unknowns say so. */
export function factLine(fact: Fact): string {
  if (fact.notApplicable !== undefined) return `不适用（${fact.notApplicable}）`;
  return fact.unknown !== undefined ? `未知（${fact.unknown}）` : fact.text!;
}

export function keepNumberLine(carrier: Pick<Carrier, 'keepNumber'>): string {
  const k = carrier.keepNumber;
  if (!k) return '—';
  return k.periodMonths === 1
    ? `${k.plan}：每月 $${k.priceUsd}`
    : `${k.plan}：每 ${k.periodMonths} 个月 $${k.priceUsd}`;
}

/** Yearly cost of keeping the number, for sorting and the leaving-the-US table. */
export function yearlyKeepCost(carrier: Pick<Carrier, 'keepNumber'>): number | undefined {
  const k = carrier.keepNumber;
  return k ? Math.round((k.priceUsd * 12 * 100) / k.periodMonths) / 100 : undefined;
}

export function stopPayingLine(carrier: Pick<ActiveCarrier, 'stopPaying'>): string {
  const { timeline, summary } = carrier.stopPaying;
  return timeline.length ? timeline.map((t) => `${offsetLabel(t)}：${t.text}`).join('；') : factLine(summary);
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
export const COMPARE_ROW_HEADING = '运营商';

/** The columns of /compare/ (active carriers; ended ones are listed apart), in order. A new column is one entry here; the page and its tests follow. */
export const COMPARE_COLUMNS: readonly CompareColumn[] = [
  { key: 'difficulty', label: '难度', cell: (c) => DIFFICULTY_LABELS[difficulty(c)] },
  { key: 'channels', label: '注销方式', cell: channelSummary },
  { key: 'online', label: '网上注销', cell: (c) => ONLINE_LABELS[onlineCancel(c)] },
  { key: 'pin', label: '转网密码怎么拿', cell: (c) => factLine(c.portOut.pin) },
  { key: 'pin-validity', label: '密码有效期', cell: (c) => factLine(c.portOut.pinValidity) },
  { key: 'stop-paying', label: '不付费会怎样', cell: stopPayingLine },
  { key: 'pause', label: '能否暂停', cell: (c) => pauseLine(c) },
  { key: 'abroad', label: '长期在国外用的规定', cell: (c) => factLine(c.abroad.rules) },
  { key: 'keep-number', label: '最便宜的保号方式', cell: keepNumberLine },
];

/** Whether the line can be paused instead of cancelled, and whether a paused line still gets texts. */
export function pauseLine(c: Pick<ActiveCarrier, 'pause'>): string {
  const offered = c.pause.available === 'everyone' || c.pause.available === 'limited';
  return offered
    ? `${PAUSE_LABELS[c.pause.available]}；${TEXTS_LABELS[c.pause.texts]}`
    : PAUSE_LABELS[c.pause.available];
}
