// Which carriers a card-type guide lists, derived from each carrier's own data.
import type { Carrier, CARD_TYPES } from '../../schemas/index.ts';

type CardTypeSlug = (typeof CARD_TYPES)[number];

const RULES: Record<CardTypeSlug, (c: Carrier) => boolean> = {
  prepaid: (c) => c.kind === 'prepaid',
  // Monthly no-contract plans bill an account like postpaid and are cancelled the same way.
  postpaid: (c) => c.kind === 'postpaid' || c.kind === 'monthly',
  'physical-sim': (c) => c.sim.physical === true,
  esim: (c) => c.sim.esim === true,
  'number-keeping': (c) => c.keepNumber !== undefined,
};

/** Whether a carrier is listed on a card-type guide; a service that ended never is. */
export function belongsToCardType(slug: string, carrier: Carrier): boolean {
  const rule = RULES[slug as CardTypeSlug];
  return rule !== undefined && carrier.status === 'active' && rule(carrier);
}
