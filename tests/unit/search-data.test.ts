import { describe, expect, it } from 'vitest';
import { lookupNumber, partsFor, foldChars } from '../../src/lib/search/data.ts';
import { buildSearchData, type SearchGuide } from '../../src/lib/search/data-build.ts';
import { matchQuery, namedGuides } from '../../src/lib/search/match.ts';
import type { Carrier } from '../../src/schemas/index.ts';
import type { Source } from '../../src/lib/guide/sources.ts';

const source = (id: string, official: boolean, url = 'https://example.com/'): Source => ({
  id,
  official,
  url,
  title: id,
  publisher: id,
  checked: new Date('2026-11-01'),
});
const contacts = (c: Partial<Carrier['contacts']>): Carrier['contacts'] => ({
  phones: [],
  dialCodes: [],
  sms: [],
  links: [],
  ...c,
});
const phone = (id: string, number: string, sources: string[], abroad?: string) => ({
  id,
  label: `${id} 客服`,
  number,
  sources,
  fromAbroad: { callable: 'unknown' as const, ...(abroad ? { number: abroad } : {}) },
});
const link = (id: string, url: string) => ({ id, label: id, kind: 'web' as const, url, sources: ['own'] });

const guides: SearchGuide[] = [
  {
    ref: { url: '/carriers/t-mobile/', title: 'T-Mobile 注销' },
    names: ['T-Mobile', 'Sprint', 'tmo'],
    contacts: contacts({
      phones: [phone('care', '+18009378997', ['own'], '+15059983793')],
      dialCodes: [
        { id: 'care-611', label: '拨 611', code: '611', sources: ['third'] },
        { id: 'port', label: '拿转网密码', code: '#PORT#', sources: ['third'] },
      ],
      links: [
        link('account', 'https://www.t-mobile.com/'),
        link('cancel', 'https://www.t-mobile.com/support/account/cancel-service'),
      ],
    }),
    sources: [
      source('own', true, 'https://www.t-mobile.com/support/plans'),
      source('third', false, 'https://www.t-mobile.com/third/party'),
    ],
  },
  {
    ref: { url: '/carriers/t-mobile-prepaid/', title: 'T-Mobile Prepaid 注销' },
    names: ['T-Mobile Prepaid', 'T-Mobile 3刀'],
    contacts: contacts({
      phones: [phone('care', '+18009378997', ['third'])],
      dialCodes: [{ id: 'care-611', label: '拨 611', code: '611', sources: ['own'] }],
      links: [link('prepaid', 'https://www.t-mobile.com/prepaid')],
    }),
    sources: [source('own', true), source('third', false)],
  },
  {
    ref: { url: '/carriers/att/', title: 'AT&T 注销' },
    names: ['AT&T'],
    contacts: contacts({
      links: [link('account', 'https://www.att.com/'), link('help', 'https://www.att.com/support/article/wireless/x')],
    }),
    sources: [source('own', true, 'https://www.fcc.gov/consumers/guides/porting')],
  },
  {
    ref: { url: '/carriers/att-prepaid/', title: 'AT&T Prepaid 注销' },
    names: ['AT&T Prepaid'],
    contacts: contacts({
      phones: [phone('cricket-like', '+18002742538', ['own'])],
      links: [link('prepaid', 'https://www.att.com/prepaid/')],
      sms: [{ id: 'sms', label: '短信查余额', message: 'BAL', to: '611611', sources: ['own'] }],
    }),
    sources: [source('own', true)],
  },
  { ref: { url: '/carriers/tello/', title: 'Tello 注销' }, names: ['Tello', 'Tello Mobile'] },
  { ref: { url: '/carriers/hello-mobile/', title: 'Hello Mobile 注销' }, names: ['Hello Mobile'] },
  { ref: { url: '/carriers/verizon/', title: 'Verizon 注销' }, names: ['Verizon', '威讯'] },
  {
    ref: { url: '/carriers/google-fi/', title: 'Google Fi 注销' },
    names: ['Google Fi'],
    contacts: contacts({ links: [link('help', 'https://support.google.com/fi/answer/1')] }),
    sources: [source('own', true)],
  },
  {
    ref: { url: '/carriers/google-voice/', title: 'Google Voice 注销' },
    names: ['Google Voice'],
    contacts: contacts({ links: [link('help', 'https://support.google.com/voice/answer/2')] }),
    sources: [source('own', true)],
  },
  { ref: { url: '/topics/port-out/', title: '携号转网' }, names: ['携号转网', '转网'] },
  { ref: { url: '/topics/scams/', title: '诈骗' }, names: ['诈骗', '注销时的骗局'] },
];
const data = buildSearchData(guides, '携号转网 注销 门号 保号卡 威讯');
const first = (q: string) => {
  const m = matchQuery(q, data);
  return m && m.kind !== 'suggest' ? data.guides[m.guides[0]!]!.url : undefined;
};

describe('matchQuery: whole-query names, answered from the search data', () => {
  const named = (q: string) => {
    const m = matchQuery(q, data);
    return m?.whole && m.kind !== 'suggest' ? namedGuides(q, m, data).map((g) => data.guides[g]!.url) : undefined;
  };
  it('a whole name lists its guide, then the guides whose names begin with it', () => {
    expect(named('att')).toEqual(['/carriers/att/', '/carriers/att-prepaid/']);
    expect(named('T‑Mobile')).toEqual(['/carriers/t-mobile/', '/carriers/t-mobile-prepaid/']);
    expect(named('tmobile prepaid')).toEqual(['/carriers/t-mobile-prepaid/']);
    expect(named('携号转网')).toEqual(['/topics/port-out/']);
  });
  it('a near miss of the whole query lists the guide it is nearest to and those its name begins', () => {
    expect(named('verison')).toEqual(['/carriers/verizon/']);
    expect(named('t-moblie')).toEqual(['/carriers/t-mobile/', '/carriers/t-mobile-prepaid/']);
  });
  it('a web address lists every guide on the site, best first', () => {
    expect(named('att.com')).toEqual(['/carriers/att/', '/carriers/att-prepaid/']);
  });
  it('a name that is one word of a longer query, an ambiguous one or no name at all is left to the full text', () => {
    expect(matchQuery('T-Mobile 转网密码', data)?.whole).toBe(false);
    expect(named('verison 注销')).toBeUndefined();
    expect(named('google')).toBeUndefined();
    expect(named('余额')).toBeUndefined();
  });
  it('a Chinese word names a guide only when it is at least the first half of the name: 注销 is no scam', () => {
    expect(named('携号')).toEqual(['/topics/port-out/']);
    expect(matchQuery('注销', data)).toBeUndefined();
    expect(named('注销时的')).toEqual(['/topics/scams/']);
  });
});

describe('matchQuery: exact names', () => {
  it('finds the guide whose own name the query is, however it is typed', () => {
    for (const q of [
      'tmobile',
      'T-Mobile',
      'T Mobile',
      ' t-mobile ',
      'SPRINT',
      'T‑Mobile',
      'T—Mobile',
      'Ｔ－Ｍｏｂｉｌｅ',
    ])
      expect(first(q), q).toBe('/carriers/t-mobile/');
    for (const q of ['AT&T', 'att', 'at and t', 'at t']) expect(first(q), q).toBe('/carriers/att/');
    expect(first('tmobile prepaid')).toBe('/carriers/t-mobile-prepaid/');
    expect(matchQuery('T‑Mobile', data)?.kind).toBe('exact');
  });
  it('falls back to the first word of the query that is a guide’s own name', () => {
    expect(first('T-Mobile 转网密码')).toBe('/carriers/t-mobile/');
    expect(first('怎么 转网')).toBe('/topics/port-out/');
  });
  it('an exact name wins over a near one: Tello and Hello Mobile are one letter apart', () => {
    expect(first('tello')).toBe('/carriers/tello/');
    expect(first('hello mobile')).toBe('/carriers/hello-mobile/');
    expect(first('hello')).toBe('/carriers/hello-mobile/');
  });
  it('searches a Traditional query in Simplified characters', () => {
    expect(foldChars('攜號轉網', data.chars)).toBe('携号转网');
    expect(foldChars('註銷 門號', data.chars)).toBe('注销 门号');
    expect(first('攜號轉網')).toBe('/topics/port-out/');
    expect(first('威訊')).toBe('/carriers/verizon/');
    expect(first('威讯')).toBe('/carriers/verizon/');
  });
  it('a Chinese word cut short finds the one guide whose name it begins', () => {
    expect(matchQuery('携号', data)).toEqual({ kind: 'exact', guides: [9], whole: true });
    expect(first('攜號')).toBe('/topics/port-out/');
  });
});

describe('matchQuery: near misses', () => {
  it('forgives one typo in 5–8 letters, a swap counting as one', () => {
    expect(matchQuery('verison', data)).toMatchObject({ kind: 'near', guides: [6], corrected: 'verizon' });
    expect(matchQuery('t-moblie', data)).toMatchObject({ kind: 'near', guides: [0], corrected: 'tmobile' });
    expect(first('tmobil')).toBe('/carriers/t-mobile/');
    expect(first('verison 注销')).toBe('/carriers/verizon/');
    expect(matchQuery('verison 注销', data)).toMatchObject({ corrected: 'verizon 注销' });
    expect(first('tmobil prepad')).toBe('/carriers/t-mobile-prepaid/'); // the whole query before its words
  });
  it('forgives nothing up to 4 letters and two from 9', () => {
    expect(matchQuery('tmob', data)).toBeUndefined(); // a beginning, left to the full-text search
    expect(matchQuery('telo', data)).toBeUndefined();
    expect(matchQuery('verizn', data)).toMatchObject({ kind: 'near', guides: [6] });
    expect(matchQuery('vrizn', data)).toBeUndefined(); // two typos in five letters
    expect(first('tmobilprepad')).toBe('/carriers/t-mobile-prepaid/');
  });
  it('asks when several guides fit equally well', () => {
    expect(matchQuery('google', data)).toEqual({ kind: 'suggest', guides: [7, 8], whole: true });
  });
  it('does not match words that are no carrier’s name', () => {
    for (const q of ['mobile', 'prepaid', 'wireless', 'phone', '怎么办'])
      expect(matchQuery(q, data), q).toBeUndefined();
  });
});

describe('matchQuery: web addresses', () => {
  it('matches a carrier’s own host, with or without scheme, www. or path', () => {
    for (const q of ['t-mobile.com', 'https://www.t-mobile.com/', 'T-Mobile.com/support/account/cancel-service?x=1'])
      expect(first(q), q).toBe('/carriers/t-mobile/');
    expect(first('t-mobile.com/prepaid')).toBe('/carriers/t-mobile-prepaid/');
  });
  it('puts the guide named like the host first and lists the others on it after', () => {
    expect(matchQuery('att.com', data)).toEqual({ kind: 'site', guides: [2, 3], whole: true });
    expect(first('www.att.com/prepaid/')).toBe('/carriers/att-prepaid/');
  });
  it('tells apart guides on one host by path, and asks when the path does not', () => {
    expect(first('support.google.com/fi')).toBe('/carriers/google-fi/');
    expect(first('https://support.google.com/voice/answer/9')).toBe('/carriers/google-voice/');
    expect(matchQuery('support.google.com', data)).toEqual({ kind: 'suggest', guides: [7, 8], whole: true });
  });
  it('ignores hosts the guides only cite (fcc.gov) and unknown ones', () => {
    expect(matchQuery('fcc.gov', data)).toBeUndefined();
    expect(matchQuery('example.org', data)).toBeUndefined();
  });
});

describe('lookupNumber', () => {
  it('lists every guide that lists a number, with its label and whether an official source names it', () => {
    expect(lookupNumber('800-937-8997', data)).toEqual([
      [0, 'care 客服', 1, '1‑800‑937‑8997'],
      [1, 'care 客服', 0, '1‑800‑937‑8997'],
    ]);
    for (const q of [
      '8009378997',
      '(800) 937-8997',
      '+1 800 937 8997',
      '1.800.937.8997',
      '1 (800) 937‑8997',
      '＋１８００９３７８９９７',
    ]) {
      expect(
        lookupNumber(q, data)?.map(([g]) => g),
        q,
      ).toEqual([0, 1]);
    }
  });
  it('finds a number from abroad, letters on the keypad, dial codes and SMS short codes', () => {
    expect(lookupNumber('+1 505 998 3793', data)).toEqual([[0, 'care 客服（从国外拨打）', 1, '1‑505‑998‑3793']]);
    expect(lookupNumber('1-800-CRICKET', data)?.map(([g]) => g)).toEqual([3]);
    expect(lookupNumber('611', data)?.map(([g, , official]) => [g, official])).toEqual([
      [0, 0],
      [1, 1],
    ]);
    for (const q of ['#PORT', '#PORT#', '#7678', '# PORT'])
      expect(lookupNumber(q, data), q).toEqual([[0, '拿转网密码', 0, '#PORT#（#7678#）']]);
    expect(lookupNumber('611611', data)).toEqual([[3, '短信查余额', 1, '短信 611611']]);
  });
  it('says a number no guide lists is unknown, and a query that is no number is not one', () => {
    expect(lookupNumber('212-555-0100', data)).toEqual([]);
    expect(lookupNumber('*PORT', data)).toEqual([]);
    for (const q of ['tmobile', 'h2o', '5G', '2FA', '携号转网', 'att.com', '12'])
      expect(lookupNumber(q, data), q).toBeUndefined();
  });
});

describe('partsFor', () => {
  it('loads the Traditional map only for Chinese characters and the numbers only for a number', () => {
    expect(partsFor('tmobile')).toEqual(['main']);
    expect(partsFor('攜號')).toEqual(['main', 'chars']);
    expect(partsFor('(800) 937-8997')).toEqual(['main', 'numbers']);
    expect(partsFor('#PORT')).toEqual(['main', 'numbers']);
  });
});
