// How hard it is to end a line with this carrier, from its data by one rule (shown on /about/):
//  1. Start from the easiest channel that works for every account:
//     online, app or simply stopping payment → easy; phone or chat → medium; anything else
//     (store only, or only channels that work for some accounts) → hard.
//  2. If the carrier does not say how to get the transfer PIN, one step harder (keeping the
//     number then means calling around).
import { words } from '../../i18n/index.ts';
import type { ActiveCarrier } from '../../schemas/index.ts';

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const DIFFICULTY_LABELS: Record<Difficulty, string> = {
  easy: words.difficulty.easy,
  medium: words.difficulty.medium,
  hard: words.difficulty.hard,
};

/** The rule above in the reader's words, as /about/ shows it. */
export const DIFFICULTY_RULE = [words.difficulty.ruleChannels, words.difficulty.rulePin];

const SELF_SERVICE = new Set(['online', 'app', 'stop-paying']);
const ASSISTED = new Set(['phone', 'chat']);

export function difficulty(carrier: Pick<ActiveCarrier, 'cancel' | 'portOut'>): Difficulty {
  const working = carrier.cancel.channels.filter((c) => c.status === 'works').map((c) => c.channel);
  let level = working.some((c) => SELF_SERVICE.has(c)) ? 0 : working.some((c) => ASSISTED.has(c)) ? 1 : 2;
  if (carrier.portOut.pin.unknown !== undefined) level = Math.min(level + 1, 2);
  return DIFFICULTIES[level]!;
}
