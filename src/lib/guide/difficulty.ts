// How hard it is to end a line with this carrier, from its data by one rule (shown on /about/):
//  1. Start from the easiest channel that works for every account:
//     online, app or simply stopping payment → easy; phone or chat → medium; anything else
//     (store only, or only channels that work for some accounts) → hard.
//  2. If the carrier does not say how to get the transfer PIN, one step harder (keeping the
//     number then means calling around).
import type { ActiveCarrier } from '../../schemas/index.ts';

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const DIFFICULTY_LABELS: Record<Difficulty, string> = { easy: '容易', medium: '一般', hard: '较难' };

export const DIFFICULTY_RULE = [
  '看对所有账户都有效的最简单的注销方式：网上、手机应用或直接停止付费 → 容易；电话或在线客服 → 一般；只能去门店，或者只对部分账户有效 → 较难。',
  '如果运营商没有公布怎么拿转网密码（Transfer PIN），再难一级：想保留号码就得自己打电话问。',
];

const SELF_SERVICE = new Set(['online', 'app', 'stop-paying']);
const ASSISTED = new Set(['phone', 'chat']);

export function difficulty(carrier: Pick<ActiveCarrier, 'cancel' | 'portOut'>): Difficulty {
  const working = carrier.cancel.channels.filter((c) => c.status === 'works').map((c) => c.channel);
  let level = working.some((c) => SELF_SERVICE.has(c)) ? 0 : working.some((c) => ASSISTED.has(c)) ? 1 : 2;
  if (carrier.portOut.pin.unknown !== undefined) level = Math.min(level + 1, 2);
  return DIFFICULTIES[level]!;
}
