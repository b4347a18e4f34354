// The leaving-the-US choices per carrier (/topics/leaving-us/#choices), derived from each active
// carrier's keepNumber, pause, abroad, portOut and stopPaying data. Each cell names the guide section
// it comes from, so the table never says more than the guide.
import type { ActiveCarrier, Fact } from '../../schemas/index.ts';
import { keepNumberLine, pauseLine } from './compare.ts';
import { offsetLabel } from '../guide/timeline.ts';

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
    : { text: `看你的套餐；在国外长期使用的规定：${known(c.abroad.rules) ? '见本节' : '未查到'}`, section: 'abroad' };
  const pause: LeavingOption = { text: pauseLine(c), section: 'pause' };
  const port: LeavingOption = {
    text: known(c.portOut.pin)
      ? '转出后旧线路自动关闭；转网密码怎么拿已查到'
      : '转出后旧线路自动关闭；转网密码怎么拿未查到',
    section: 'port-out',
  };
  const gone = c.stopPaying.timeline.find((e) => e.kind === 'number-released' || e.kind === 'account-closed');
  const lapse: LeavingOption = gone
    ? { text: `不付费${offsetLabel(gone)}号码可能没了`, section: 'stop-paying' }
    : { text: '不付费后多久失去号码：未查到天数', section: 'stop-paying' };
  return { keep, pause, port, lapse };
}
