// The channels, steps and port-out steps of an active carrier have unique ids, and the fastest way is one of them.
import { isActive, type Carrier } from '../../../schemas/index.ts';
import { CARRIER_SECTION_IDS } from '../../guide/sections.ts';
import { checkUniqueAnchors } from './unique-anchors.ts';
import type { Report } from './types.ts';

/** `summary.fastest` names a channel, and every channel and step id is unique and not a section id. */
export function checkCarrierAnchors(carrier: Carrier, report: Report): void {
  if (!isActive(carrier)) return;
  if (!carrier.cancel.channels.some((c) => c.id === carrier.summary.fastest)) {
    report('summary.fastest', `expected the id of a channel in cancel.channels, got "${carrier.summary.fastest}"`);
  }
  const anchors: [string, string][] = [
    ...carrier.cancel.channels.map((c, i): [string, string] => [c.id, `cancel.channels[${i}].id`]),
    ...carrier.cancel.channels.flatMap((c, i) =>
      c.steps.map((s, j): [string, string] => [s.id, `cancel.channels[${i}].steps[${j}].id`]),
    ),
    ...carrier.portOut.steps.map((s, i): [string, string] => [s.id, `portOut.steps[${i}].id`]),
  ];
  checkUniqueAnchors(anchors, new Set(CARRIER_SECTION_IDS), report);
}
