// Helpers that derive page parts from a carrier's data.
import { describe, expect, it } from 'vitest';
import {
  CHECKLISTS_FILE,
  loadDataFile,
  PHONE_SCRIPT_FILE,
  parseCarrier,
  readEntries,
  readSourceRegistry,
} from '../../src/lib/content/load-fs.ts';
import { checklistsSchema, phoneScriptSchema, type Carrier } from '../../src/schemas/index.ts';
import { belongsToCardType } from '../../src/lib/guide/card-types.ts';
import { beforeYouStart } from '../../src/lib/guide/checklist.ts';
import { hasPhoneChannel, phoneScript } from '../../src/lib/guide/phone-script.ts';
import { indirectReadLabel, sourceDate, sourceDateLabel, sourceNumbers } from '../../src/lib/guide/sources.ts';
import { byName, initial } from '../../src/lib/guide/sort.ts';
import { formatDate } from '../../src/i18n/index.ts';
import { breadcrumbs } from '../../src/lib/guide/json-ld.ts';
import { isStale } from '../../src/lib/site.ts';
import { t, words } from '../words.ts';

const fixture = readEntries('tests/fixtures/content').find((e) => e.slug === 'example-mobile')!;
const carrier: Carrier = parseCarrier(fixture.data, readSourceRegistry('tests/fixtures/content'));
const variant = (patch: Partial<Carrier>): Carrier => ({ ...carrier, ...patch });

describe('card-type membership', () => {
  it('follows kind, SIM support and keepNumber', () => {
    expect(belongsToCardType('prepaid', carrier)).toBe(true);
    expect(belongsToCardType('postpaid', carrier)).toBe(false);
    expect(belongsToCardType('postpaid', variant({ kind: 'monthly' }))).toBe(true);
    expect(belongsToCardType('esim', variant({ sim: { ...carrier.sim, esim: 'unknown' } }))).toBe(false);
    expect(belongsToCardType('physical-sim', carrier)).toBe(true);
    expect(belongsToCardType('number-keeping', carrier)).toBe(true);
    expect(belongsToCardType('number-keeping', variant({ keepNumber: undefined }))).toBe(false);
    expect(belongsToCardType('no-such-type', carrier)).toBe(false);
  });
});

describe('before-you-start checklist', () => {
  const items = loadDataFile('content', CHECKLISTS_FILE, checklistsSchema)['before-you-start'];
  const ids = (c: Carrier) => beforeYouStart(c, items).map((i) => i.id);
  it('asks prepaid readers to stop auto-refill and postpaid readers to check the device balance', () => {
    expect(ids(carrier)).toContain('auto-refill');
    expect(ids(carrier)).not.toContain('device-balance');
    expect(ids(variant({ kind: 'postpaid' }))).toEqual(expect.arrayContaining(['device-balance', 'autopay']));
  });
  it('warns about deleting an eSIM only where the carrier may use one', () => {
    expect(ids(carrier)).toContain('keep-esim');
    expect(ids(variant({ sim: { ...carrier.sim, esim: false } }))).not.toContain('keep-esim');
  });
  it('always starts with moving two-step verification', () => {
    expect(ids(carrier)[0]).toBe('move-2fa');
  });
  it('keeps the written order and shows an item with no condition to every line', () => {
    const all = items.map((i) => i.id);
    for (const kind of ['prepaid', 'postpaid', 'virtual-number'] as const) {
      const shown = ids(variant({ kind }));
      expect(shown).toEqual(all.filter((id) => shown.includes(id)));
      expect(shown).toEqual(expect.arrayContaining(items.filter((i) => !i.kinds && !i.ifEsim).map((i) => i.id)));
    }
    expect(ids(variant({ kind: 'virtual-number' }))).not.toContain('unlock');
  });
});

describe('phone script', () => {
  const template = loadDataFile('content', PHONE_SCRIPT_FILE, phoneScriptSchema);
  it('names the carrier in both languages and asks for a confirmation number', () => {
    const script = phoneScript(carrier, template);
    expect(script.cancel[0]!.en).toContain('Example Mobile');
    expect(script.cancel[0]!.zh).toContain('Example Mobile');
    expect(JSON.stringify(script)).not.toContain('{carrier}');
    expect(script.common.some((l) => /confirmation number/.test(l.en))).toBe(true);
    expect(script.keep[0]!.en).toMatch(/Number Transfer PIN/);
  });
  it('asks about a pause only where the carrier offers one', () => {
    expect(phoneScript(variant({ pause: { ...carrier.pause, available: 'no' } }), template).pause).toEqual([]);
    expect(phoneScript(variant({ pause: { ...carrier.pause, available: 'everyone' } }), template).pause).toHaveLength(
      template.pause.length,
    );
  });
  it('exists only for carriers that can be called', () => {
    expect(hasPhoneChannel(carrier)).toBe(true);
    expect(hasPhoneChannel(variant({ contacts: { ...carrier.contacts, phones: [], dialCodes: [] } }))).toBe(false);
  });
});

describe('sources', () => {
  it('numbers sources in the order the guide lists them', () => {
    expect([...sourceNumbers(carrier.sources)]).toEqual([
      ['help', 1],
      ['blog', 2],
    ]);
  });
  it('dates a claim by the page date, else the archive date, else the check date', () => {
    const [help, blog] = carrier.sources;
    expect(sourceDate(help!)).toBe('2026-11-01');
    expect(sourceDate(blog!)).toBe('2026-05-01');
    expect(sourceDate({ ...help!, pageDate: new Date('2022-12-07T00:00:00Z') })).toBe('2022-12-07');
    expect(sourceDateLabel({ ...help!, pageDate: new Date('2022-12-07T00:00:00Z') })).toBe(
      t('source.pageDate', { date: '2022-12-07' }),
    );
    expect(sourceDateLabel(blog!)).toBe(t('source.archivedOn', { date: '2026-05-01' }));
    expect(sourceDateLabel(help!)).toBe(t('source.checkedOn', { date: '2026-11-01' }));
  });
  it('says how a page was read when not live: an archive with or without its date, or a copy on another host', () => {
    const [help, blog] = carrier.sources;
    expect(indirectReadLabel(help!)).toBeUndefined();
    expect(indirectReadLabel(blog!)).toBe(t('source.captured', { date: '2026-05-01' }));
    expect(indirectReadLabel({ ...help!, captured: 'unknown' })).toBe(words.source.capturedUnknown);
    expect(sourceDate({ ...help!, captured: 'unknown' })).toBe('2026-11-01');
    expect(indirectReadLabel({ ...help!, via: { url: 'https://proxy.example.net/x', unaltered: true } })).toBe(
      t('source.via', { where: t('source.viaHost', { host: 'proxy.example.net' }), unaltered: words.source.unaltered }),
    );
    expect(indirectReadLabel({ ...help!, via: { unaltered: false } })).toBe(
      t('source.via', { where: words.source.viaElsewhere, unaltered: words.source.maybeAltered }),
    );
  });
});

describe('site helpers', () => {
  it('sorts carriers A–Z ignoring case and punctuation', () => {
    const names = ['Verizon', 'at&t', 'T-Mobile', 'AT&T Prepaid'].map((name) => ({ data: { name } }));
    expect(names.sort(byName).map((n) => n.data.name)).toEqual(['at&t', 'AT&T Prepaid', 'T-Mobile', 'Verizon']);
    expect(initial('H2O Wireless')).toBe('H');
    expect(initial('紫卡')).toBe('#');
  });
  it('writes dates in Chinese and knows when a guide is past its review window', () => {
    const reviewed = new Date('2026-01-01T00:00:00Z');
    expect(formatDate(reviewed)).toBe('2026年1月1日');
    expect(isStale(reviewed, 180, new Date('2026-06-01T00:00:00Z'))).toBe(false);
    expect(isStale(reviewed, 180, new Date('2026-08-01T00:00:00Z'))).toBe(true);
  });
  it('builds breadcrumbs with absolute URLs on the configured origin', () => {
    expect(
      breadcrumbs('https://example.org', [
        ['全部运营商', '/carriers/'],
        ['AT&T', '/carriers/att/'],
      ]),
    ).toEqual([
      { name: '美国手机卡注销指南', url: 'https://example.org/' },
      { name: '全部运营商', url: 'https://example.org/carriers/' },
      { name: 'AT&T', url: 'https://example.org/carriers/att/' },
    ]);
  });
});
