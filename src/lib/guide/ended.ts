// Services that stopped: one line for lists and tables, from status.ended.
import type { Carrier } from '../../schemas/index.ts';
import { formatDateZh } from '../site.ts';

/** "2022-01-03 停止服务" style line; empty for an active carrier. */
export function endedLine(carrier: Pick<Carrier, 'status'>): string {
  return carrier.status === 'active' ? '' : `已于 ${formatDateZh(carrier.status.ended)}停止服务`;
}
