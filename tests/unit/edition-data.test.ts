import { describe, expect, it } from 'vitest';
import { openccCharacters, termRules, traditionalConverter } from '../../src/i18n/convert.ts';
import { simplifiedOnly, simplifiedOnlyIn } from '../../src/lib/edition/simplified.ts';
import { foldChars, toSiteWords, type SearchData } from '../../src/lib/search/data.ts';
import { editionChars, editionJson, editionPhrases, editionSearchData } from '../../src/lib/search/edition-data.ts';
import { matchQuery, matchTask } from '../../src/lib/search/match.ts';
import type { Term } from '../../src/schemas/index.ts';

const term = (t: Partial<Term> & Pick<Term, 'id' | 'cn' | 'tw'>): Term =>
  ({
    cnAlso: [],
    cnPrinted: [],
    twAlso: [],
    hk: t.tw,
    hkAlso: [],
    sources: {},
    unsourced: [],
    twPrint: 'term',
    ...t,
  }) as Term;
/** The edition's converter with terms it words differently (携号转网 is printed 攜碼) or converts by character (註銷, not OpenCC's 登出). */
const convert = traditionalConverter(
  termRules([
    term({ id: 'port-out', cn: '携号转网', tw: '攜碼' }),
    term({ id: 'number', cn: '手机号', tw: '門號' }),
    term({ id: 'carrier', cn: '运营商', tw: '電信業者' }),
    term({ id: 'cancel', cn: '注销', tw: '註銷', twPrint: 'characters' }),
  ]),
);
const edition = { base: '/zh-tw', convert, character: openccCharacters };

const data: SearchData = {
  guides: [
    { url: '/carriers/t-mobile/', title: 'T-Mobile 注销', kind: '运营商', sections: 3 },
    { url: '/topics/port-out/', title: '携号转网' },
    { url: '/carriers/sprint/', title: 'Sprint', kind: '运营商', ended: '已停止服务' },
  ],
  names: { tmobile: 0, 携号转网: 1, sprint: 2 },
  sites: { 't-mobile.com': [['', 0]] },
  numbers: { '611': [[0, '拨 611', 0, '611']] },
  chars: { 攜: '携', 號: '号', 轉: '转', 網: '网', 銷: '销', 註: '注', 門: '门', 後: '后', 話: '话' },
  phrases: {},
  regional: { 门号: '手机号' },
  tasks: {
    words: { 注销: 0, 註銷: 0, cancel: 0, 暂停: 1 },
    sections: [
      ['cancel', '怎么注销'],
      ['pause', '暂停'],
    ],
  },
};
const siteText = '注销手机号以后携号转网';
const pairs: [string, string][] = [['先注销，最后再说', convert('先注销，最后再说')]];
const tw = editionSearchData(data, edition, siteText, pairs);

describe('editionChars', () => {
  const chars = editionChars(data.chars, siteText, openccCharacters);
  const fold = (text: string) => foldChars(text, chars);
  it('folds Simplified and Traditional into the same Traditional characters', () => {
    expect(fold('携号转网')).toBe('攜號轉網');
    expect(fold('攜號轉網')).toBe('攜號轉網');
    expect(fold('注销')).toBe(fold('註銷'));
    expect(fold('后')).toBe('後');
  });
  it('maps no character to a Simplified-only one', () => {
    expect(simplifiedOnlyIn(Object.values(chars).join(''))).toEqual([]);
  });
});

describe('editionPhrases', () => {
  const chars = editionChars(data.chars, siteText, openccCharacters);
  it('learns a word the edition prints other than its characters say', () => {
    // 注 stays 注 as a character, but the edition prints 註銷.
    expect(editionPhrases([['请注销', '請註銷']], chars, data.chars)).toMatchObject({ 注銷: '註銷' });
  });
  it('learns a word the edition says differently, and keeps a word where most of the text keeps it', () => {
    const learned = editionPhrases(
      [
        ['收短信，退款', '收簡訊，退費'],
        ['打电话', '打電話'],
        ['打电话', '打電話'],
        ['客服电话', '客服專線'],
      ],
      chars,
      { ...data.chars, 簡: '简', 訊: '讯', 費: '费', 電: '电', 話: '话', 專: '专', 線: '线' },
    );
    expect(learned).toMatchObject({ 短信: '簡訊', 退款: '退費' });
    expect(learned).not.toHaveProperty('電話');
  });

  it("leaves the term table's words to the table: no word is made of a term's neighbour and part of it", () => {
    const pair: [string, string] = ['与转出', '與攜出'];
    const known = { ...data.chars, 與: '与' };
    const withYu = editionChars(known, siteText, openccCharacters);
    expect(editionPhrases([pair], withYu, known)).toHaveProperty('與轉', '與攜');
    expect(editionPhrases([pair], withYu, known, ['转出'])).toEqual({});
    // A term whose word has another length is taught whole.
    expect(editionSearchData(data, edition, siteText, [], ['携号转网']).phrases).toMatchObject({ 攜號轉網: '攜碼' });
  });

  it('learns nothing from a quotation left in Simplified, or from runs whose length changed', () => {
    expect(editionPhrases([['注销', '注销']], chars, data.chars)).toEqual({});
    expect(editionPhrases([['携号转网', '攜碼']], chars, data.chars)).toEqual({});
  });
  it('takes the more frequent printing of a word', () => {
    const phrases = editionPhrases(
      [
        ['注销', '註銷'],
        ['注销', '註銷'],
        ['注销', '注銷'],
      ],
      chars,
      data.chars,
    );
    expect(phrases).toEqual({ 注銷: '註銷' });
  });
});

describe('editionSearchData', () => {
  it('points every guide at the edition and converts what the reader sees', () => {
    expect(tw.guides[0]).toEqual({
      url: '/zh-tw/carriers/t-mobile/',
      title: 'T-Mobile 註銷',
      kind: '電信業者',
      sections: 3,
    });
    expect(tw.guides[2]!.ended).toBe('已停止服務');
    expect(tw.numbers['611']).toEqual([[0, '撥 611', 0, '611']]);
    expect(tw.tasks.sections[0]).toEqual(['cancel', '怎麼註銷']);
    expect(tw.sites).toEqual(data.sites);
  });

  it('finds a guide by its name typed in either script, or as the edition prints it', () => {
    for (const query of ['携号转网', '攜號轉網', '攜碼', 'T-Mobile'])
      expect(matchQuery(query, tw)?.guides[0], query).toBe(query === 'T-Mobile' ? 0 : 1);
  });

  it('opens a section from a task word in either script', () => {
    expect(matchTask('tmobile 注销', tw)).toEqual({ guides: [0], section: 0 });
    expect(matchTask('tmobile 註銷', tw)).toEqual({ guides: [0], section: 0 });
  });

  it('keeps regional words the edition does not print, in its words, and drops those it prints', () => {
    // The edition prints 門號 for 手机号 itself, so 門號 needs no rewriting.
    expect(tw.regional).toEqual({});
    const other = editionSearchData({ ...data, regional: { 停话: '暂停' } }, edition, siteText, pairs);
    expect(other.regional).toEqual({ 停話: '暫停' });
  });

  it('turns a query in either script into the words the edition prints, for its full-text index', () => {
    const printed = (query: string) => toSiteWords(foldChars(query, tw.chars), tw.phrases);
    expect(printed('注销')).toBe('註銷');
    expect(printed('註銷')).toBe('註銷');
    expect(printed('最后')).toBe('最後');
  });
});

describe('editionJson', () => {
  it('writes the Simplified characters of a table as escapes, which read back as the characters', () => {
    const json = editionJson({ chars: tw.chars, regional: tw.regional }, simplifiedOnly());
    expect(simplifiedOnlyIn(json)).toEqual([]);
    expect(JSON.parse(json)).toEqual({ chars: tw.chars, regional: tw.regional });
    expect(JSON.parse(json).chars.携).toBe('攜');
  });
});
