import { describe, expect, it } from 'vitest';
import { parseCarrier, readEntries, readSourceRegistry } from '../../src/lib/content/load-fs.ts';
import type { ActiveCarrier } from '../../src/schemas/index.ts';
import { difficulty } from '../../src/lib/guide/difficulty.ts';
import {
  channelSummary,
  COMPARE_COLUMNS,
  factLine,
  keepNumberLine,
  onlineCancel,
  stopPayingLine,
  yearlyKeepCost,
} from '../../src/lib/tools/compare.ts';
import { reportHref } from '../../src/lib/site.ts';
import { t } from '../words.ts';

/** The stop-paying cell of the base carrier: day 30, the number released. */
const day30 = t('compare.offsetLine', { offset: t('timeline.day', { days: 30 }), text: '号码被收回。' });

const base = parseCarrier(
  readEntries('tests/fixtures/content').find((e) => e.slug === 'example-mobile')!.data,
  readSourceRegistry('tests/fixtures/content'),
) as ActiveCarrier;
const step = [{ id: 'x', text: '做这一步', sources: ['help'] }];
const withChannels = (
  channels: [ActiveCarrier['cancel']['channels'][number]['channel'], 'works' | 'limited'][],
  pinKnown = true,
): ActiveCarrier => ({
  ...base,
  cancel: {
    ...base.cancel,
    channels: channels.map(([channel, status], i) => ({ id: `c${i}`, channel, title: 't', status, steps: step })),
  },
  portOut: { ...base.portOut, pin: pinKnown ? { text: '拨打', sources: ['help'] } : { unknown: '官方未公布' } },
});

describe('difficulty', () => {
  it('is easy when a self-service channel works for everyone', () => {
    expect(difficulty(withChannels([['online', 'works']]))).toBe('easy');
    expect(
      difficulty(
        withChannels([
          ['stop-paying', 'works'],
          ['phone', 'works'],
        ]),
      ),
    ).toBe('easy');
  });
  it('is medium when phone or chat is the easiest', () => {
    expect(
      difficulty(
        withChannels([
          ['phone', 'works'],
          ['store', 'works'],
        ]),
      ),
    ).toBe('medium');
    expect(
      difficulty(
        withChannels([
          ['online', 'limited'],
          ['chat', 'works'],
        ]),
      ),
    ).toBe('medium');
  });
  it('is hard for store only or only limited channels', () => {
    expect(difficulty(withChannels([['store', 'works']]))).toBe('hard');
    expect(difficulty(withChannels([['online', 'limited']]))).toBe('hard');
  });
  it('goes one step harder when the transfer PIN is unknown, never past hard', () => {
    expect(difficulty(withChannels([['online', 'works']], false))).toBe('medium');
    expect(difficulty(withChannels([['store', 'works']], false))).toBe('hard');
  });
});

describe('comparison cells', () => {
  it('says whether online cancel works for all, some or no accounts', () => {
    expect(onlineCancel(withChannels([['app', 'works']]))).toBe('yes');
    expect(
      onlineCancel(
        withChannels([
          ['online', 'limited'],
          ['phone', 'works'],
        ]),
      ),
    ).toBe('some');
    expect(onlineCancel(withChannels([['phone', 'works']]))).toBe('no');
  });
  it('lists each channel once in Chinese', () => {
    expect(
      channelSummary(
        withChannels([
          ['phone', 'works'],
          ['phone', 'limited'],
          ['store', 'works'],
        ]),
      ),
    ).toBe('电话、门店');
  });
  it('writes unknown facts as unknown, with the reason', () => {
    expect(factLine({ unknown: '官方未公布' })).toBe(t('status.unknownBecause', { why: '官方未公布' }));
    expect(factLine({ text: '7 天', sources: ['a'] })).toBe('7 天');
    expect(factLine({ notApplicable: '旅行 eSIM 没有号码' })).toBe(
      t('status.notApplicableBecause', { why: '旅行 eSIM 没有号码' }),
    );
  });
  it('prices keeping the number per period and per year', () => {
    expect(keepNumberLine(base)).toBe(t('compare.keepMonthly', { plan: base.keepNumber!.plan, price: 3 }));
    expect(yearlyKeepCost(base)).toBe(36);
    expect(yearlyKeepCost({ keepNumber: { ...base.keepNumber!, priceUsd: 15, periodMonths: 3 } })).toBe(60);
    expect(keepNumberLine({ keepNumber: undefined })).toBe('—');
  });
  it('uses the stop-paying timeline when there is one', () => {
    expect(stopPayingLine(base)).toBe(day30);
    expect(
      stopPayingLine({
        stopPaying: {
          summary: { text: '停机', sources: ['a'] },
          from: 'due-date',
          timeline: [
            { kind: 'number-released', days: 30, daysMax: 45, portable: false, text: '号码被收回。', sources: ['a'] },
          ],
        },
      }),
    ).toBe(
      t('compare.offsetLine', {
        offset: t('timeline.day', { days: t('timeline.range', { from: 30, to: 45 }) }),
        text: '号码被收回。',
      }),
    );
    expect(stopPayingLine({ stopPaying: { summary: { text: '停机', sources: ['a'] }, timeline: [] } })).toBe('停机');
  });
});

describe('comparison columns', () => {
  it('have unique ASCII keys and headings', () => {
    expect(new Set(COMPARE_COLUMNS.map((c) => c.key)).size).toBe(COMPARE_COLUMNS.length);
    expect(new Set(COMPARE_COLUMNS.map((c) => c.label)).size).toBe(COMPARE_COLUMNS.length);
    for (const c of COMPARE_COLUMNS) expect(c.key).toMatch(/^[a-z][a-z-]*$/);
  });
  it('give a one-line cell for a carrier, from its data', () => {
    const cells = Object.fromEntries(COMPARE_COLUMNS.map((c) => [c.key, c.cell(base)]));
    expect(cells['stop-paying']).toBe(day30);
    expect(cells['keep-number']).toBe(keepNumberLine(base));
    for (const text of Object.values(cells)) expect(text).not.toMatch(/\n|undefined/);
  });
});

describe('report links', () => {
  it('puts the page path and section anchor into a mailto subject', () => {
    expect(reportHref('mailto:fix@example.org', '/carriers/att/', 'money')).toBe(
      'mailto:fix@example.org?subject=/carriers/att/%23money',
    );
  });
  it('uses a title parameter for an issue tracker, keeping its own parameters', () => {
    const url = new URL(reportHref('https://tracker.example/new?labels=content', '/x/', 'sources'));
    expect(url.searchParams.get('title')).toBe('/x/#sources');
    expect(url.searchParams.get('labels')).toBe('content');
  });
});
