// The content check: every kind of bad content is rejected with a message naming file, field and expectation.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { PUBLISHERS_FILE, readEntries, readYamlFile, SOURCES_FILE } from '../../src/lib/content/load-fs.ts';
import {
  parseSpamPatterns,
  validateEntries,
  validatePublishers,
  validateSources,
  formatProblems,
  type RawEntry,
} from '../../src/lib/content/validate.ts';

const FIXTURES = 'tests/fixtures/content';
const spam = parseSpamPatterns(readFileSync('config/spam-patterns.txt', 'utf8'));
const carrierFile = `${FIXTURES}/carriers/example-mobile.mdx`;
const publishersFile = readYamlFile(FIXTURES, PUBLISHERS_FILE)!;
const { registry } = validatePublishers(publishersFile.file, publishersFile.data, publishersFile.raw);
const sourcesFile = readYamlFile(FIXTURES, SOURCES_FILE)!;
/** The fixture's source registry as the test left it (fixtures() starts a fresh copy). */
let sourcesData: any[] = [];
const fixtures = () => {
  sourcesData = structuredClone(sourcesFile.data) as any[];
  return structuredClone(readEntries(FIXTURES));
};
/** The registry entries by id, to change a page for every guide that cites it. */
const registryEntries = (): Record<string, any> => Object.fromEntries(sourcesData.map((e) => [e.id, e]));

/**
 * The fixture site with one carrier changed by `mutate`. The carrier's citations are given as `{ id }` objects,
 * so a case can add what one citation says for this guide; `src` has the registry entries by id.
 */
function withCarrier(mutate: (data: any, entry: RawEntry, src: Record<string, any>) => void): RawEntry[] {
  const entries = fixtures();
  const carrier = entries.find((e) => e.file === carrierFile)!;
  const data = carrier.data as any;
  data.sources = data.sources.map((c: unknown) => (typeof c === 'string' ? { id: c } : c));
  mutate(data, carrier, registryEntries());
  return entries;
}

function problemsOf(entries: RawEntry[]) {
  const sources = validateSources(sourcesFile.file, sourcesData, sourcesFile.raw);
  return [...sources.problems, ...validateEntries(entries, spam, registry, sources, ['search', 'carriers'])];
}

describe('content check', () => {
  it('accepts the fixture site', () => {
    expect(problemsOf(fixtures())).toEqual([]);
  });

  it('keeps the spam list in step with ../shared when it is there', () => {
    const shared = '../shared/spam-domains.txt';
    let text: string;
    try {
      text = readFileSync(shared, 'utf8');
    } catch {
      return; // a clone without shared/ beside it uses the committed copy
    }
    expect(parseSpamPatterns(readFileSync('config/spam-patterns.txt', 'utf8')).map(String)).toEqual(
      parseSpamPatterns(text).map(String),
    );
  });

  const cases: [string, (data: any, entry: RawEntry, src: Record<string, any>) => void, string, RegExp][] = [
    ['missing field', (d) => delete d.name, 'name', /expected text/],
    ['wrong type', (d) => (d.keepNumber.priceUsd = 'three dollars'), 'keepNumber.priceUsd', /expected number/i],
    [
      'unknown network',
      (d) => (d.networks = ['sprint']),
      'networks[0]',
      /expected networks from att, verizon, t-mobile/,
    ],
    [
      'malformed phone number',
      (d) => (d.contacts.phones[0].number = '800-937-8997'),
      'contacts.phones[0].number',
      /E\.164.*"800-937-8997"/,
    ],
    ['bad date', (d) => (d.reviewed = '2026-13-45'), 'reviewed', /real date written YYYY-MM-DD, got "2026-13-45"/],
    [
      'duplicate step id',
      (d) => (d.cancel.channels[0].steps[1].id = 'call-care'),
      'cancel.channels[0].steps[1].id',
      /duplicate id "call-care"/,
    ],
    ['empty steps', (d) => (d.cancel.channels[0].steps = []), 'cancel.channels[0].steps', /at least one step/],
    ['spam domain', (_d, e) => (e.raw += `\nsee t.me/${'spam'}`), '(anywhere)', /spam pattern/],
    ['fact without a source', (d) => delete d.money.etf.sources, 'money.etf.sources', /every fact needs a source/],
    [
      'unknown source id',
      (d) => (d.money.etf.sources = ['nope']),
      'money.etf.sources[0]',
      /id of an entry in `sources`, got "nope"/,
    ],
    [
      'a link to a section the page does not have',
      (d) => (d.faq[0].a = '详见本页[[#nowhere]]一节'),
      'faq[0].a',
      /\[\[#nowhere\]\] names no section of a carrier guide/,
    ],
    [
      'unknown contact reference',
      (d) => (d.cancel.channels[0].steps[0].text = '拨打 [[nobody]]'),
      'cancel.channels[0].steps[0].text',
      /\[\[nobody\]\] names no contact/,
    ],
    [
      'positional or Chinese id',
      (d) => (d.portOut.steps[0].id = '第一步'),
      'portOut.steps[0].id',
      /lower-case ASCII id/,
    ],
    ['id that a page section uses', (d) => (d.faq[0].id = 'sources'), 'faq[0].id', /section the page adds itself/],
    [
      'fastest channel that does not exist',
      (d) => (d.summary.fastest = 'cancel-online'),
      'summary.fastest',
      /id of a channel/,
    ],
    ['Markdown heading without id', (_d, e) => (e.body = '## 补充\n'), 'body line 1', /<h2 id=/],
    ['unknown field', (d) => (d.phone = '611'), '(frontmatter)', /phone/],
    [
      'YAML syntax error',
      (_d, e) => Object.assign(e, { data: undefined, yamlError: 'bad indentation' }),
      '(frontmatter)',
      /valid YAML/,
    ],
    [
      'a YAML comment in frontmatter (a value cut short at " #")',
      (_d, e) => (e.raw = e.raw.replace('name: Example Mobile', 'name: Example Mobile #PORT')),
      'line 4',
      /expected no YAML comment, found "#PORT".*quote/,
    ],
    [
      'a fact that is both unknown and not applicable',
      (d) => (d.pause.cost = { unknown: '未公布', notApplicable: '不适用' }),
      'pause.cost',
      /exactly one of `text`, `unknown` or `notApplicable`/,
    ],
    [
      'a missing pause part',
      (d) => delete d.pause.receivesTexts,
      'pause.receivesTexts',
      /expected a fact: `text` with `sources`, `unknown`.*or `notApplicable`/,
    ],
    ['missing abroad section', (d) => delete d.abroad, 'abroad', /expected object/],
    [
      'a pause availability that is not one of the words',
      (d) => (d.pause.available = 'sometimes'),
      'pause.available',
      /everyone, limited, no, unknown, not-applicable/,
    ],
    ['a timeline without day 0', (d) => delete d.stopPaying.from, 'stopPaying.from', /what day 0 is/],
    [
      'a timeline event with both days and months',
      (d) => (d.stopPaying.timeline[0].months = 1),
      'stopPaying.timeline[0].days',
      /either `days` or `months`/,
    ],
    [
      'a range that ends before it starts',
      (d) => (d.stopPaying.timeline[0].daysMax = 10),
      'stopPaying.timeline[0].daysMax',
      /greater than days \(30\)/,
    ],
    [
      'an event without portability',
      (d) => delete d.stopPaying.timeline[0].portable,
      'stopPaying.timeline[0].portable',
      /true, false or "unknown"/,
    ],
    [
      'an unsourced "callable from abroad"',
      (d) => (d.contacts.phones[0].fromAbroad = { callable: true }),
      'contacts.phones[0].fromAbroad.sources',
      /can \(or cannot\) be called from abroad/,
    ],
    [
      'an active carrier without cancel steps',
      (d) => delete d.cancel,
      'cancel',
      /expected `cancel` for an active carrier/,
    ],
    [
      'an ended service that invents cancel channels',
      (d) =>
        (d.status = {
          state: 'ended',
          ended: '2022-01-03',
          text: '停止服务。',
          successor: { unknown: '未公布' },
          stillPossible: { text: '无。', sources: ['help'] },
          sources: ['help'],
        }),
      'cancel',
      /no `cancel` for an ended service/,
    ],
    [
      'a copy read elsewhere without saying whether it is unaltered',
      (d) => (d.sources[0].via = { url: 'https://mirror.example.org/x' }),
      'sources[0].via.unaltered',
      /unaltered: true or false/,
    ],
    [
      "an official label on a forum on the carrier's own domain",
      (_d, _e, src) => (src.help.url = 'https://community.example.com/t5/cancel/td-p/1'),
      'sources[0].official',
      /expected official: false .*: community\.example\.com\/t5\/cancel\/td-p\/1 is a forum page/,
    ],
    [
      'an official label on an archive host',
      (_d, _e, src) => (src.help.url = 'https://web.archive.org/web/2020/https://example.com/help'),
      'sources[0].official',
      /is a archive page.*captured or via/,
    ],
    [
      'an official label on a proxy',
      (_d, _e, src) => (src.help.url = 'https://proxy.example.net/?url=https%3A%2F%2Fexample.com%2Fhelp'),
      'sources[0].official',
      /is a proxy page/,
    ],
    [
      'an official label on a page no publisher owns',
      (_d, _e, src) => (src.help.url = 'https://example-mobile-help.net/cancel'),
      'sources[0].official',
      /no publisher owns this page/,
    ],
    [
      'an official label from a publisher that does not speak for this carrier',
      (_d, _e, src) => (src.help.url = 'https://intercom.help/example-pay/en/articles/1-refunds'),
      'sources[0].official',
      /Example Pay .* does not speak for this carrier.*"example-mobile"/,
    ],
    [
      'an official label on a copy read on another host, however faithful (via)',
      (d) => (d.sources[0].via = { url: 'https://mirror.example.org/help', unaltered: true }),
      'sources[0].official',
      /expected official: false .*read from a copy on another host \(via mirror\.example\.org\)/,
    ],
    [
      'an official label in the registry on a copy read on another host',
      (_d, _e, src) => (src.help.via = { unaltered: true }),
      'sources[0].official',
      /expected official: false \("help" in content\/sources\.yaml.*copy on another host/,
    ],
    [
      'an official label on text quoted by someone else',
      (d) => (d.sources[0].note = '这句话转引自一篇博客。'),
      'sources[0].official',
      /quoted by someone else \("转引"\)/,
    ],
    [
      'an official label on text quoted by someone else, said in English',
      (_d, _e, src) => (src.help.note = 'Clause as quoted by a forum post.'),
      'sources[0].official',
      /quoted by someone else \("quoted by"\)/,
    ],
    [
      'a citation of a source the registry does not have',
      (d) => d.sources.push({ id: 'nowhere' }),
      'sources[2]',
      /expected the id of an entry in .*sources\.yaml, got "nowhere"/,
    ],
    [
      'a citation that is not an id',
      (d) => d.sources.push({ id: 'Help Page' }),
      'sources[2].id',
      /source id from content\/sources\.yaml such as "fcc-porting", got "Help Page"/,
    ],
    [
      'a citation that repeats a registry field it may not change',
      (d) => Object.assign(d.sources[0], { title: 'Help centre' }),
      'sources[0]',
      /`title` belongs to the page: write it once in content\/sources\.yaml/,
    ],
    [
      'the same source cited twice',
      (d) => d.sources.push({ id: 'help', note: '又读了一遍。' }),
      'sources[2]',
      /duplicate id "help"/,
    ],
    [
      'a note that says a proxy was read, without captured or via',
      (d) => (d.sources[0].note = '通过代理读到的官方原文。'),
      'sources[0].note',
      /read through a copy \("代理"\); expected captured: .* or via: \{ url, unaltered \}/,
    ],
    [
      'a note that says an archive was read, without captured or via',
      (d) => (d.sources[0].note = '存档只读到开头。'),
      'sources[0].note',
      /read through a copy \("存档"\)/,
    ],
    [
      'a phone label that names a purpose without its own source',
      (d) => (d.contacts.phones[0].label = '预付费客服'),
      'contacts.phones[0].labelSources',
      /"预付费客服" says what the number is for \(prepaid\); expected labelSources/,
    ],
    [
      'an abroad label without its own source',
      (d) => (d.contacts.phones[0].label = 'International callers'),
      'contacts.phones[0].labelSources',
      /\(abroad\)/,
    ],
    [
      'a label source that is not in `sources`',
      (d) => Object.assign(d.contacts.phones[0], { label: '预付费客服', labelSources: ['nope'] }),
      'contacts.phones[0].labelSources[0]',
      /id of an entry in `sources`, got "nope"/,
    ],
  ];

  it.each(cases)('rejects %s, naming the file and the field', (_kind, mutate, field, message) => {
    const problems = problemsOf(withCarrier(mutate));
    expect(problems.length).toBeGreaterThan(0);
    const problem = problems.find((p) => p.field === field);
    expect(problem, JSON.stringify(problems)).toBeDefined();
    expect(problem!.file).toBe(carrierFile);
    expect(problem!.message).toMatch(message);
  });

  it('rejects a duplicate slug', () => {
    const entries = fixtures();
    const copy = { ...structuredClone(entries[0]!), file: `${FIXTURES}/carriers/example-mobile.md` };
    const problems = problemsOf([...entries, copy]);
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: copy.file,
        field: '(file name)',
        message: expect.stringMatching(/duplicate slug "example-mobile"/),
      }),
    );
  });

  it('rejects the same own-name alias on two carriers, even spelled differently', () => {
    const entries = fixtures();
    const other = structuredClone(entries.find((e) => e.file === carrierFile)!);
    Object.assign(other, { file: `${FIXTURES}/carriers/other.mdx`, slug: 'other' });
    (other.data as any).name = 'Other';
    (other.data as any).aliases = ['example-mobile'];
    (other.data as any).shortNames = ['other'];
    const problems = problemsOf([...entries, other]);
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: other.file,
        field: 'aliases[0]',
        message: expect.stringMatching(/already a name of .*example-mobile\.mdx/),
      }),
    );
  });

  it('formats problems one a line with file → field: message', () => {
    const text = formatProblems([{ file: 'content/carriers/x.mdx', field: 'name', message: 'expected text' }]);
    expect(text).toContain('content/carriers/x.mdx → name: expected text');
  });
});

describe('official labels and copies', () => {
  it("keeps an archived snapshot (captured) of the publisher's page official, in a citation or the registry", () => {
    expect(
      problemsOf(withCarrier((d) => Object.assign(d.sources[0], { captured: 'unknown', note: '存档只读到开头。' }))),
    ).toEqual([]);
    expect(
      problemsOf(withCarrier((d) => Object.assign(d.sources[0], { captured: '2025-04-01', read: 'partial' }))),
    ).toEqual([]);
    expect(
      problemsOf(withCarrier((_d, _e, src) => Object.assign(src.help, { captured: 'unknown', note: '存档副本。' }))),
    ).toEqual([]);
  });
  it("keeps official a copy read on the publisher's own host (an address with another user name or query)", () => {
    expect(
      problemsOf(
        withCarrier((d) =>
          Object.assign(d.sources[0], { via: { url: 'https://someone@example.com/help?hl=en', unaltered: true } }),
        ),
      ),
    ).toEqual([]);
  });
  it('accepts a copy read on another host when that citation is marked third party', () => {
    expect(
      problemsOf(
        withCarrier((d) => {
          Object.assign(d.sources[0], {
            via: { url: 'https://proxy.example.net/?u=help', unaltered: true },
            note: '通过代理读到。',
            official: false,
          });
          d.sources.push('fcc');
        }),
      ),
    ).toEqual([]);
  });
  it('lets a third-party page that is itself a copy say so in its note', () => {
    expect(problemsOf(withCarrier((d) => Object.assign(d.sources[1], { note: '第三方网站转载的旧条款。' })))).toEqual(
      [],
    );
    expect(problemsOf(withCarrier((d) => Object.assign(d.sources[1], { note: '转引自另一篇博客。' })))).toEqual([]);
  });
  it('accepts a label that names a purpose when it has its own source', () => {
    expect(
      problemsOf(
        withCarrier((d) => Object.assign(d.contacts.phones[0], { label: '预付费客服', labelSources: ['help'] })),
      ),
    ).toEqual([]);
  });
  it('counts a regulator for every guide and any registered publisher for a topic guide', () => {
    const entries = fixtures();
    const topic = entries.find((e) => e.collection === 'topics')!;
    (topic.data as any).sources.push('pay');
    sourcesData.push({
      id: 'pay',
      url: 'https://intercom.help/example-pay/en/articles/2',
      title: 'Refunds',
      publisher: 'Example Pay',
      official: true,
      checked: '2026-11-01',
    });
    const carrier = entries.find((e) => e.file === carrierFile)!;
    (carrier.data as any).sources.push('fcc');
    expect(problemsOf(entries)).toEqual([]);
  });
});

describe('source registry', () => {
  const entry = (id: string, url: string, more: object = {}) => ({
    id,
    url,
    title: 'Help',
    publisher: 'Example',
    official: true,
    checked: '2026-11-01',
    ...more,
  });
  it('accepts the fixture registry', () => {
    fixtures();
    expect(validateSources(sourcesFile.file, sourcesData, sourcesFile.raw).problems).toEqual([]);
  });
  it('rejects a second entry for the same page, however its URL is written', () => {
    const entries = withCarrier((d, _e, _src) => d.sources.push('help-again'));
    sourcesData.push(entry('help-again', 'https://WWW.Example.com/help/#top'));
    expect(problemsOf(entries)).toContainEqual({
      file: sourcesFile.file,
      field: '[3].url',
      message: expect.stringMatching(
        /the same page \(https:\/\/example\.com\/help\) is already "help" \(at \[2\]\); expected one entry per page/,
      ),
    });
  });
  it('accepts another version of a page beside it, named with versionOf', () => {
    const entries = withCarrier((d) => d.sources.push('help-2025'));
    sourcesData.push(entry('help-2025', 'https://example.com/help', { versionOf: 'help', captured: '2025-01-01' }));
    expect(problemsOf(entries)).toEqual([]);
  });
  it('rejects versionOf that names an entry of another page', () => {
    const entries = withCarrier((d) => d.sources.push('help-2025'));
    sourcesData.push(entry('help-2025', 'https://example.com/help/old', { versionOf: 'blog' }));
    expect(problemsOf(entries)).toContainEqual(
      expect.objectContaining({ file: sourcesFile.file, field: '[3].versionOf' }),
    );
  });
  it('rejects an entry no guide cites', () => {
    fixtures();
    sourcesData.push(entry('unused', 'https://example.com/unused'));
    expect(problemsOf(readEntries(FIXTURES))).toContainEqual({
      file: sourcesFile.file,
      field: '[3].id',
      message: expect.stringMatching(/no guide cites "unused"/),
    });
  });
  it('rejects a duplicate id, a non-https URL and a comment, naming the entry', () => {
    fixtures();
    sourcesData.push(entry('help', 'https://example.com/other'));
    sourcesData[0].url = 'http://blog.example.org/pin';
    const problems = validateSources(sourcesFile.file, sourcesData, '- id: x # the page\n').problems;
    expect(problems).toContainEqual(
      expect.objectContaining({ field: '[3].id', message: 'duplicate id "help" (also [2])' }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ field: '[0].url', message: expect.stringMatching(/https:\/\/ URL, got "http:/) }),
    );
    expect(problems).toContainEqual(expect.objectContaining({ field: 'line 1' }));
  });
});

describe('publisher registry', () => {
  const check = (data: unknown, raw = '') => validatePublishers('content/publishers.yaml', data, raw).problems;
  it('accepts the fixture registry', () => {
    expect(check(publishersFile.data, publishersFile.raw)).toEqual([]);
  });
  it('names the entry and field of a bad page pattern, kind or exclusion reason', () => {
    const problems = check({
      publishers: [{ id: 'x', name: 'X', kind: 'bank', pages: ['https://x.com/help'] }],
      notPublisher: [{ page: 'forum.x.com', why: 'spam' }],
    });
    expect(problems).toContainEqual(
      expect.objectContaining({
        field: 'publishers[0].kind',
        message: expect.stringMatching(/carrier, regulator, service/),
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        field: 'publishers[0].pages[0]',
        message: expect.stringMatching(/lower-case host with an optional path prefix.*"https:\/\/x\.com\/help"/),
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({
        field: 'notPublisher[0].why',
        message: expect.stringMatching(/forum, archive, proxy/),
      }),
    );
  });
  it('rejects a duplicate publisher id and a comment', () => {
    const one = { id: 'x', name: 'Xmobile', kind: 'carrier', pages: ['x.com'] };
    const problems = check({ publishers: [one, one] }, 'publishers:\n  - id: x # the carrier\n');
    expect(problems).toContainEqual(
      expect.objectContaining({ field: 'publishers[1].id', message: 'duplicate publisher id "x"' }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ field: 'line 2', message: expect.stringMatching(/no YAML comment/) }),
    );
  });
});

describe('carrier-specific checks', () => {
  it('finds phone numbers however they are written', async () => {
    const { phoneNumbersIn } = await import('../../src/lib/content/validate.ts');
    expect(phoneNumbersIn('call 800-331-0500, (800) 922 0204 or 1.888.345.5509')).toEqual([
      '8003310500',
      '8009220204',
      '8883455509',
    ]);
    expect(phoneNumbersIn('2026-11-23 and 123-4567 and $325')).toEqual([]);
  });

  it('rejects a phone number in text that is not in contacts', () => {
    const problems = problemsOf(withCarrier((d) => (d.money.etf.text = '打 800-331-0500 问。')));
    expect(problems).toContainEqual(
      expect.objectContaining({
        field: 'money.etf.text',
        message: expect.stringMatching(/8003310500.*contacts\.phones/),
      }),
    );
  });

  it('accepts a number that is a contact', () => {
    expect(problemsOf(withCarrier((d) => (d.money.etf.text = '打 202-555-0100 问。')))).toEqual([]);
  });

  it('needs at least one official source', () => {
    const problems = problemsOf(
      withCarrier((d) => {
        for (const s of d.sources) s.official = false;
      }),
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ field: 'sources', message: expect.stringMatching(/official/) }),
    );
  });

  it('accepts an http source only when marked httpOnly', () => {
    expect(
      problemsOf(
        withCarrier((_d, _e, src) => Object.assign(src.blog, { url: 'http://old.example.org/', httpOnly: true })),
      ),
    ).toEqual([]);
  });

  it('keeps short names off the site’s own paths', () => {
    const problems = problemsOf(withCarrier((d) => (d.shortNames = ['search'])));
    expect(problems).toContainEqual(
      expect.objectContaining({ field: 'shortNames[0]', message: expect.stringMatching(/page of the site itself/) }),
    );
  });
});

describe('questions list', async () => {
  const { validateQuestions } = await import('../../src/lib/content/validate.ts');
  const good = {
    id: 'keep-number',
    theme: 'porting',
    q: '能转走吗？',
    a: '能。',
    link: '/topics/port-out/#port-before-cancel',
  };
  const published = { '/topics/port-out/': ['port-before-cancel'], '/deadline/': ['table'] };
  const check = (data: unknown, raw = '') => validateQuestions('content/questions.yaml', data, raw, spam, published);

  it('accepts a well-formed list', () => {
    expect(check([good])).toEqual([]);
  });
  it('names the entry and field of a bad link, a long answer and an unknown theme', () => {
    const problems = check([
      { ...good, link: 'https://example.com/' },
      { ...good, id: 'b', a: '长'.repeat(121) },
      { ...good, id: 'c', theme: 'misc' },
    ]);
    expect(problems).toContainEqual(
      expect.objectContaining({ field: '[0].link', message: expect.stringMatching(/guide section/) }),
    );
    expect(problems).toContainEqual(expect.objectContaining({ field: '[1].a', message: expect.stringMatching(/120/) }));
    expect(problems).toContainEqual(
      expect.objectContaining({ field: '[2].theme', message: expect.stringMatching(/expected a theme/) }),
    );
  });
  it('rejects a comment, naming its line', () => {
    const problems = check([good], `- id: keep-number   # Q25\n  theme: porting\n`);
    expect(problems).toContainEqual(
      expect.objectContaining({
        field: 'line 1',
        message: expect.stringMatching(/expected no YAML comment, found "# Q25"/),
      }),
    );
    expect(check([good])).toEqual([]);
  });
  it('accepts a link to the deadline tool', () => {
    expect(check([{ ...good, link: '/deadline/#table' }])).toEqual([]);
  });
  it('rejects a link to an anchor that is not published, naming the registry', () => {
    for (const link of ['/topics/port-out/#no-such-step', '/about/#open-data', '/carriers/new-guide/#steps'])
      expect(check([{ ...good, link }])).toContainEqual(
        expect.objectContaining({
          field: '[0].link',
          message: expect.stringMatching(/is not a published anchor.*config\/published-anchors\.json/),
        }),
      );
  });
  it('rejects duplicate ids and spam', () => {
    const problems = check([good, good], `t.me/${'x'}`);
    expect(problems).toContainEqual(
      expect.objectContaining({ field: '[1].id', message: expect.stringMatching(/duplicate id/) }),
    );
    expect(problems).toContainEqual(expect.objectContaining({ field: '(anywhere)' }));
  });
});

describe('ended services', () => {
  it('accepts an ended service with no cancel, port-out, money or stop-paying parts', () => {
    const problems = problemsOf(
      withCarrier((d) => {
        for (const part of ['summary', 'cancel', 'portOut', 'money', 'stopPaying', 'keepNumber']) delete d[part];
        d.status = {
          state: 'ended',
          ended: '2022-01-03',
          text: '美国业务停止。',
          successor: { unknown: '官方未公布' },
          stillPossible: { text: '号码已无法转出。', sources: ['help'] },
          sources: ['help'],
        };
      }),
    );
    expect(problems).toEqual([]);
  });
});

describe('MDX body components', () => {
  it('rejects a component guides cannot use, naming the line', () => {
    const problems = problemsOf(withCarrier((_d, e) => (e.body = '文字\n<Widget />\n')));
    expect(problems).toContainEqual(
      expect.objectContaining({ field: 'body line 2', message: expect.stringMatching(/<Widget> is not a component/) }),
    );
  });
  it('accepts the derived cost table', () => {
    expect(problemsOf(withCarrier((_d, e) => (e.body = '<KeepCostTable />\n')))).toEqual([]);
  });
});

describe('advice files: /start/ tree, checklists, phone script', async () => {
  const { validateDecision, validateChecklists, validatePhoneScript } = await import(
    '../../src/lib/content/validate.ts'
  );
  const { checkTopicCarriers } = await import('../../src/lib/content/rules/topic-carriers.ts');
  const result = { title: '看注销步骤', section: 'cancel' };
  const tree = (choices: unknown[]) => ({ question: '你想保留这个号码吗？', choices });
  const decision = (data: unknown, raw = '') =>
    validateDecision('content/decision.yaml', data, raw, spam, new Set(['port-out']));

  it('accepts a tree whose answers lead on, end on a section or open a topic', () => {
    expect(
      decision(
        tree([
          { id: 'keep', label: '要保留', result },
          {
            id: 'more',
            label: '再问',
            question: '哪种？',
            choices: [
              { id: 'a', label: '甲卡', result },
              { label: '乙卡', topic: 'port-out' },
            ],
          },
        ]),
      ),
    ).toEqual([]);
  });
  it('names the answer that opens no topic guide, repeats an id, or says two things', () => {
    const problems = decision(
      tree([
        { id: 'keep', label: '要保留', result },
        { id: 'keep', label: '再来', result: { ...result, section: 'nowhere' } },
        { label: '别的', topic: 'no-such-topic' },
        { id: 'both', label: '两样', result, topic: 'port-out' },
      ]),
    );
    expect(problems).toContainEqual({
      file: 'content/decision.yaml',
      field: 'choices[1].result.section',
      message: expect.stringMatching(/^expected a carrier section/),
    });
    expect(problems).toContainEqual(
      expect.objectContaining({ field: 'choices[3]', message: expect.stringMatching(/exactly one of/) }),
    );
    const refs = decision(
      tree([
        { id: 'keep', label: '要保留', result },
        { id: 'keep', label: '再来', result },
        { label: '别的', topic: 'no-such-topic' },
      ]),
    );
    expect(refs).toContainEqual(
      expect.objectContaining({ field: 'choices[1].id', message: expect.stringMatching(/duplicate id "keep"/) }),
    );
    expect(refs).toContainEqual(
      expect.objectContaining({
        field: 'choices[2].topic',
        message: expect.stringMatching(/expected the slug of a guide in content\/topics\//),
      }),
    );
  });
  it('rejects an answer without the id its page needs, and a comment', () => {
    const problems = decision(
      tree([
        { label: '要保留', result },
        { id: 'b', label: '不要', result },
      ]),
      'question: x # note\n',
    );
    expect(problems).toContainEqual(
      expect.objectContaining({ field: 'choices[0].id', message: expect.stringMatching(/expected an id/) }),
    );
    expect(problems).toContainEqual(expect.objectContaining({ field: 'line 1' }));
  });

  const item = { id: 'move-2fa', text: '先改两步验证。' };
  const checklists = (data: unknown) => validateChecklists('content/checklists.yaml', data, '', spam);
  it('accepts checklist items for some kinds of line or for eSIM lines', () => {
    expect(
      checklists({
        'before-you-start': [
          item,
          { id: 'b', text: '关掉自动充值。', kinds: ['prepaid'] },
          { id: 'c', text: '别删 eSIM。', ifEsim: true },
        ],
      }),
    ).toEqual([]);
  });
  it('names a checklist item with an unknown kind or a repeated id', () => {
    const problems = checklists({ 'before-you-start': [item, { ...item, kinds: ['pager'] }] });
    expect(problems).toContainEqual({
      file: 'content/checklists.yaml',
      field: 'before-you-start[1].kinds[0]',
      message: expect.stringMatching(/^expected a kind of line: prepaid/),
    });
    expect(checklists({ 'before-you-start': [item, item] })).toContainEqual(
      expect.objectContaining({ field: 'before-you-start[1].id', message: expect.stringMatching(/duplicate id/) }),
    );
    expect(checklists({ other: [] })).toContainEqual(expect.objectContaining({ field: '(file)' }));
  });

  const line = { en: 'Hi, I want to cancel my {carrier} line.', zh: '我想注销我的 {carrier} 号码。' };
  const script = { keep: [line], cancel: [line], common: [line], agentAsks: [line], pause: [line] };
  const phone = (data: unknown) => validatePhoneScript('content/phone-script.yaml', data, '', spam);
  it('accepts a phone script that names only the carrier', () => {
    expect(phone(script)).toEqual([]);
  });
  it('names a script line with a placeholder it cannot fill and a part with no lines', () => {
    const problems = phone({ ...script, cancel: [{ ...line, zh: '{name} 号码' }], pause: [] });
    expect(problems).toContainEqual({
      file: 'content/phone-script.yaml',
      field: 'cancel[0].zh',
      message: expect.stringMatching(/^expected no placeholder other than \{carrier\}/),
    });
    expect(problems).toContainEqual(expect.objectContaining({ field: 'pause', message: 'expected at least one line' }));
  });

  it("rejects a topic's carrier that has no guide, naming the field", () => {
    const problems: { field: string; message: string }[] = [];
    checkTopicCarriers(['example-mobile', 'nobody', 'example-mobile'], new Set(['example-mobile']), (field, message) =>
      problems.push({ field, message }),
    );
    expect(problems).toEqual([
      { field: 'carriers[1]', message: expect.stringMatching(/expected the slug of a guide in content\/carriers\//) },
      { field: 'carriers[2]', message: '"example-mobile" is listed twice' },
    ]);
  });
  it('runs the topic carriers rule on the whole site', () => {
    const entries = fixtures();
    const topic = entries.find((e) => e.collection === 'topics')!;
    (topic.data as { carriers: string[] }).carriers = ['nobody'];
    expect(problemsOf(entries)).toContainEqual(
      expect.objectContaining({
        file: topic.file,
        field: 'carriers[0]',
        message: expect.stringMatching(/content\/carriers/),
      }),
    );
  });
});
