// Services that stopped: one line for lists and tables, from status.ended.
import type { Carrier } from '../../schemas/index.ts';
import { formatDate, t } from '../../i18n/index.ts';

/** The "stopped on <date>" line (dictionary key `status.endedOn`); empty for an active carrier. */
export function endedLine(carrier: Pick<Carrier, 'status'>): string {
  return carrier.status === 'active' ? '' : t('status.endedOn', { date: formatDate(carrier.status.ended) });
}
