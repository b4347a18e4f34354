// A carrier guide rests on at least one official page.
import type { Carrier } from '../../../schemas/index.ts';
import type { Report } from './types.ts';

/** At least one source of a carrier guide is the carrier's, its parent's or a regulator's own page. */
export function checkOfficialSource(carrier: Carrier, report: Report): void {
  if (!carrier.sources.some((s) => s.official))
    report('sources', 'expected at least one official source (official: true) for a carrier guide');
}
