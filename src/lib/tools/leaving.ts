// The leaving-the-US choices per carrier (/topics/leaving-us/#choices), derived from each active
// carrier's keepNumber, pause, abroad, portOut and stopPaying data. Each cell names the guide section
// it comes from, so the table never says more than the guide.
import type { ActiveCarrier, Fact } from '../../schemas/index.ts';
import { keepNumberLine, pauseLine } from './compare.ts';
import { offsetLabel } from '../guide/labels.ts';
import { t, words } from '../../i18n/index.ts';

export interface LeavingOption {
  text: string;
  /** Section id of the carrier's guide the cell links to. */
  section: 'keep-number' | 'abroad' | 'pause' | 'port-out' | 'stop-paying';
}

const known = (f: Fact) => f.text !== undefined;

/** The four choices for one carrier: keep it running, pause it, port it out, let it go. */
export function leavingChoices(c: ActiveCarrier): {
  keep: LeavingOption;
  pause: LeavingOption;
  port: LeavingOption;
  lapse: LeavingOption;
} {
  const keep: LeavingOption = c.keepNumber
    ? { text: keepNumberLine(c), section: 'keep-number' }
    : {
        text: t('leaving.keepAbroadRules', {
          found: known(c.abroad.rules) ? words.leaving.seeSection : words.leaving.notFound,
        }),
        section: 'abroad',
      };
  const pause: LeavingOption = { text: pauseLine(c), section: 'pause' };
  const port: LeavingOption = {
    text: known(c.portOut.pin) ? words.leaving.portPinKnown : words.leaving.portPinUnknown,
    section: 'port-out',
  };
  const gone = c.stopPaying.timeline.find((e) => e.kind === 'number-released' || e.kind === 'account-closed');
  const lapse: LeavingOption = gone
    ? { text: t('leaving.lapseGone', { offset: offsetLabel(gone) }), section: 'stop-paying' }
    : { text: words.leaving.lapseUnknown, section: 'stop-paying' };
  return { keep, pause, port, lapse };
}
