// Simplified → Taiwan Traditional: the term table wins over OpenCC, overrides win over both, and the
// committed zh-TW dictionary is what the converter makes of zh-CN.json today.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  OPENCC_FIXES,
  openccCharacters,
  openccPhrases,
  termRules,
  traditionalConverter,
} from '../../src/i18n/convert.ts';
import { uiDictionarySchema } from '../../src/i18n/schema.ts';
import { loadConverter, loadOverrides } from '../../src/lib/edition/convert-fs.ts';
import { convertDictionary, dictionaryJson } from '../../src/lib/edition/dictionary.ts';
import { termSchema, type TermInput } from '../../src/schemas/terms.ts';

const term = (t: Partial<TermInput> & Pick<TermInput, 'id' | 'cn' | 'tw'>) =>
  termSchema.parse({ hk: t.tw, sources: [{ url: 'https://example.tw/', for: 'tw', what: 'a page' }], ...t });

describe('the converter', () => {
  const rules = termRules([
    term({ id: 'cancel-line', cn: '注销', tw: '退租', twPrint: 'characters' }),
    term({ id: 'carrier', cn: '运营商', tw: '電信業者' }),
    term({ id: 'phone-number', cn: '手机号', cnPrinted: ['手机号码'], tw: '門號' }),
    term({ id: 'plan', cn: '套餐', tw: '資費方案', unsourced: ['tw'], sources: [] }),
  ]);
  const convert = traditionalConverter(rules, [{ cn: '一注销号码就被释放', tw: '一註銷，號碼就被釋出' }]);

  it('prints the term table’s Taiwan forms where OpenCC keeps mainland words or gets them wrong', () => {
    expect(openccPhrases('注销运营商的套餐')).toBe('登出運營商的套餐');
    expect(convert('注销运营商的套餐')).toBe('註銷電信業者的套餐');
  });

  it('prints characters for a term that says so, or whose Taiwan form is unsourced', () => {
    expect(rules.find((r) => r.term === 'cancel-line')?.tw).toBe('註銷');
    expect(rules.find((r) => r.term === 'plan')?.tw).toBe(openccCharacters('套餐'));
  });

  it('matches the longest form first', () => {
    expect(convert('手机号码和手机号')).toBe('門號和門號');
  });

  it('prints an override’s sentence as written, wherever it appears', () => {
    expect(convert('他们一注销号码就被释放了')).toBe('他們一註銷，號碼就被釋出了');
  });

  it('leaves text without Chinese characters alone', () => {
    expect(convert('T-Mobile 611, https://example.com/a')).toBe('T-Mobile 611, https://example.com/a');
  });
});

describe('corrections of OpenCC', () => {
  it.each(OPENCC_FIXES.map((f) => [f.example, f] as const))(
    '%s: OpenCC still errs, and the fix corrects it',
    (example, f) => {
      expect(openccPhrases(example)).toMatch(new RegExp(f.wrong.source));
      expect(traditionalConverter([])(example)).not.toMatch(new RegExp(f.wrong.source));
    },
  );
  it('keeps 里 where it means a mile or a village, or is part of a name', () => {
    expect(traditionalConverter([])('三英里外的邻里，阿里云，指南里，卡里')).toBe(
      '三英里外的鄰里，阿里雲，指南裡，卡裡',
    );
  });
});

describe('overrides', () => {
  const root = mkdtempSync(join(tmpdir(), 'overrides-'));
  writeFileSync(join(root, 'guide.mdx'), '一注销号码就被释放。');
  const write = (yaml: string) => writeFileSync(join(root, 'zh-tw-overrides.yaml'), yaml);

  it('are read when their sentence is still in their source', () => {
    write(
      '- { source: guide.mdx, cn: 一注销号码就被释放, tw: 一註銷，號碼就被釋出, why: OpenCC runs the words together }\n',
    );
    expect(loadOverrides(root)).toHaveLength(1);
  });

  it('fail the build naming the file, entry and sentence when the source no longer has it', () => {
    write('- { source: guide.mdx, cn: 注销后号码被释放, tw: 註銷後號碼被釋出, why: x y }\n');
    expect(() => loadOverrides(root)).toThrow(
      /zh-tw-overrides\.yaml: \[0\]\.cn: expected "注销后号码被释放" as .*guide\.mdx writes it; it is no longer there/,
    );
  });

  it('fail on a missing source file or field', () => {
    write('- { source: nowhere.mdx, cn: 一注销, tw: 一註銷, why: x y }\n- { source: guide.mdx, cn: 一注销 }\n');
    expect(() => loadOverrides(root)).toThrow(/\[1\]\.tw/);
    write('- { source: nowhere.mdx, cn: 一注销, tw: 一註銷, why: x y }\n');
    expect(() => loadOverrides(root)).toThrow(/\[0\]\.source: .*nowhere\.mdx/);
  });
});

describe('the zh-TW dictionary', () => {
  it('is the zh-CN dictionary converted with the term table and overrides (npm run edition:words)', () => {
    const source = uiDictionarySchema.parse(JSON.parse(readFileSync('src/i18n/zh-CN.json', 'utf8')));
    expect(readFileSync('src/i18n/zh-TW.json', 'utf8')).toBe(
      dictionaryJson(convertDictionary(source, loadConverter('content'))),
    );
  });
});

describe('OpenCC', () => {
  // A frozen sample of the site's titles, headings and steps: an opencc-js upgrade shows here, as a
  // diff of what readers would read, before it reaches the edition.
  const corpus = readFileSync('tests/fixtures/opencc-corpus.txt', 'utf8');
  it('converts the sample as it did when opencc-js was pinned (phrase mode; the terms use character mode)', async () => {
    const out = corpus
      .split('\n')
      .filter(Boolean)
      .map((line) => openccPhrases(line))
      .join('\n');
    await expect(`${out}\n`).toMatchFileSnapshot('./__snapshots__/opencc-twp.txt');
  });
});
