// The words search maps at query time: regional terms (content/terms.yaml) and carrier tasks
// (content/search-tasks.yaml), their content check, and matchTask().
import { describe, expect, it } from 'vitest';
import { readYamlFile, SEARCH_TASKS_FILE, TERMS_FILE } from '../../src/lib/content/load-fs.ts';
import { validateSearchTasks, validateTerms } from '../../src/lib/content/rules/terms-file.ts';
import { foldChars, toSiteWords, type SearchData } from '../../src/lib/search/data.ts';
import { buildSearchData } from '../../src/lib/search/data-build.ts';
import { matchTask } from '../../src/lib/search/match.ts';
import { regionalMap } from '../../src/lib/search/words-build.ts';
import { TASK_SECTIONS } from '../../src/lib/guide/sections.ts';
import { searchTasksFileSchema, termSchema, type TermInput } from '../../src/schemas/index.ts';

const term = (t: Partial<TermInput> = {}): TermInput => ({
  id: 'phone-number',
  cn: '手机号',
  tw: '門號',
  hk: '電話號碼',
  sources: [
    { url: 'https://tw.example/', for: 'tw', what: 'a Taiwan page' },
    { url: 'https://hk.example/', for: 'hk', what: 'a Hong Kong page' },
  ],
  ...t,
});

describe('content/terms.yaml and content/search-tasks.yaml', () => {
  it('pass the content check as committed', () => {
    const terms = readYamlFile('content', TERMS_FILE)!;
    expect(validateTerms(terms.file, terms.data, terms.raw).problems).toEqual([]);
    const tasks = readYamlFile('content', SEARCH_TASKS_FILE)!;
    expect(validateSearchTasks(tasks.file, tasks.data, tasks.raw)).toEqual([]);
  });

  it('names file, field and what was expected', () => {
    const problems = validateTerms('content/terms.yaml', [term(), term({ sources: [], hkAlso: [''] })], '').problems;
    expect(problems).toEqual([
      { file: 'content/terms.yaml', field: '[1].hkAlso[0]', message: 'expected a non-empty word' },
    ]);
    const unsourced = validateTerms('content/terms.yaml', [term({ sources: [] })], '').problems;
    expect(unsourced.map((p) => `${p.field}: ${p.message}`)).toEqual([
      '[0].sources: expected a source for tw (a page where "門號" is seen), found none (or list the region under unsourced)',
      '[0].sources: expected a source for hk (a page where "電話號碼" is seen), found none (or list the region under unsourced)',
    ]);
    expect(validateTerms('t', [term({ sources: [], unsourced: ['tw', 'hk'] })], '').problems).toEqual([]);
    expect(validateTerms('t', [term(), term()], '').problems[0]!.message).toMatch(/^expected a unique id/);
    const twice = validateSearchTasks(
      's',
      {
        tasks: [
          { section: 'cancel', zh: ['注销'] },
          { section: 'pause', zh: ['注销'] },
        ],
      },
      '',
    );
    expect(twice).toEqual([
      { file: 's', field: 'tasks[1].zh[0]', message: 'expected "注销" to open one section; it also opens "cancel"' },
    ]);
    expect(validateSearchTasks('s', { tasks: [{ section: 'lunch', zh: ['午饭'] }] }, '')[0]!.field).toBe(
      'tasks[0].section',
    );
  });
});

describe('regional words', () => {
  const terms = [
    termSchema.parse(term({ twAlso: ['手機號碼'], hkAlso: ['號碼'] })),
    termSchema.parse(term({ id: 'cancel-line', cn: '注销', tw: '退租', hk: '終止服務', hkAlso: ['取消'] })),
  ];
  const site = '注销手机号。号码 号码。取消 取消。手机号码 手机号码。租一台设备，退租时归还。';
  const map = regionalMap(terms, site);

  it('maps forms the site does not use (or uses once) to the site word, in Simplified', () => {
    expect(map).toEqual({ 门号: '手机号', 电话号码: '手机号', 退租: '注销', 终止服务: '注销' });
  });

  it('rewrites the longest form first', () => {
    expect(toSiteWords('门号 退租', map)).toBe('手机号 注销');
    expect(toSiteWords('电话号码', { ...map, 号码: 'x' })).toBe('手机号');
  });
});

describe('matchTask', () => {
  const tasks = searchTasksFileSchema.parse({
    fillers: ['怎么', 'how', 'to'],
    tasks: [
      { section: 'cancel', zh: ['注销'], en: ['cancel'] },
      { section: 'port-out', zh: ['转网密码', '转网'], en: ['pin'] },
      { section: 'pause', zh: ['暂停'], zhHant: ['暫停'] },
    ],
  });
  const carrier = (url: string, sections: number) => ({ url, title: url, sections });
  const data: SearchData = buildSearchData(
    [
      { ref: carrier('/carriers/verizon/', 0b1111111), names: ['Verizon', '威瑞森'] },
      { ref: carrier('/carriers/verizon-prepaid/', 0b1111101), names: ['Verizon Prepaid'] },
      { ref: { url: '/carriers/gone/', title: 'gone', ended: '已停止服务' }, names: ['Gone Mobile'] },
      { ref: { url: '/topics/port-out/', title: '携号转网' }, names: ['携号转网'] },
    ],
    '注销 暂停 转网 威瑞森 暫停',
    { tasks },
  );
  const open = (q: string) => {
    const m = matchTask(q, data);
    return m?.guides.map((g) => `${data.guides[g]!.url}#${TASK_SECTIONS[m.section]}`);
  };

  it('opens the section for a carrier named with a task, however it is typed', () => {
    expect(open('verizon 注销')).toEqual(['/carriers/verizon/#cancel', '/carriers/verizon-prepaid/#cancel']);
    expect(open('verizon注销')).toEqual(['/carriers/verizon/#cancel', '/carriers/verizon-prepaid/#cancel']);
    expect(open('Verizon how to cancel')?.[0]).toBe('/carriers/verizon/#cancel');
    expect(open('verison 怎么注销')?.[0]).toBe('/carriers/verizon/#cancel');
    expect(open('威瑞森 暫停')?.[0]).toBe('/carriers/verizon/#pause');
    // The longest task word decides: 转网密码, not 转网.
    expect(open('verizon 转网密码')?.[0]).toBe('/carriers/verizon/#port-out');
  });

  it('leaves out guides without the section, and answers nothing without a carrier or a task', () => {
    expect(open('verizon 转网')).toEqual(['/carriers/verizon/#port-out']); // Verizon Prepaid's bit for port-out is off
    expect(open('gone mobile 注销')).toBeUndefined();
    expect(open('注销')).toBeUndefined();
    expect(open('verizon')).toBeUndefined();
    expect(open('verizon 余额 注销')).toBeUndefined(); // "verizon 余额" is no guide's name
    expect(foldChars('暫停', data.chars)).toBe('暂停');
  });
});
