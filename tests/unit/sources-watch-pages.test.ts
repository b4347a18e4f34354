// The adapter from the guides to the watch's page list: who cites what, with which stakes, and when a page is historical.
import { describe, expect, it } from 'vitest';
import { readEntries, readYamlFile, SOURCES_FILE } from '../../src/lib/content/load-fs.ts';
import { fieldStakes, pagesOfGuide, watchPages } from '../../scripts/lib/sources-watch/pages.ts';

const guides = readEntries('tests/fixtures/content').map((e) => ({ slug: e.slug, data: e.data }));
const fixtureRegistry = readYamlFile('tests/fixtures/content', SOURCES_FILE)!.data as Parameters<typeof watchPages>[1];

describe('watchPages from the fixture guides, which cite the fixture registry', () => {
  const pages = watchPages(guides, fixtureRegistry);
  it('gives one page per address, with every guide and field that cites it', () => {
    const help = pages.find((p) => p.url === 'https://example.com/help')!;
    expect(help.sourceIds).toEqual(['help']);
    expect(help.historical).toBeUndefined();
    expect(help.citedBy).toContainEqual({ guide: 'example-mobile', field: 'contacts.phones[care]', stakes: 'high' });
    expect(help.citedBy).toContainEqual({ guide: 'example-mobile', field: 'cancel.effective', stakes: 'fact' });
    expect(new Set(help.citedBy.map((c) => c.guide))).toEqual(new Set(['example-mobile', 'prepaid']));
  });
  it('marks a page read only as an archived copy historical', () => {
    const blog = pages.find((p) => p.url === 'https://blog.example.org/pin')!;
    expect(blog.historical).toBe('read as an archived copy (2026-05-01)');
    expect(blog.citedBy).toEqual([
      { guide: 'example-mobile', field: 'portOut.pinValidity.conflicts[0]', stakes: 'high' },
    ]);
  });
  it('narrows to the pages one guide cites', () => {
    expect(pagesOfGuide(pages, 'example-mobile').map((p) => p.url)).toEqual([
      'https://blog.example.org/pin',
      'https://example.com/help',
    ]);
  });
});

describe('watchPages from a shared registry with quotes', () => {
  const registry = [
    {
      id: 'help',
      url: 'https://example.com/help',
      title: 'Help',
      quotes: [
        { id: 'fee', lang: 'en', text: 'A $35 fee applies.' },
        { id: 'steps', lang: 'en', text: 'Call us to cancel.' },
      ],
    },
    {
      id: 'help-2019',
      versionOf: 'help',
      url: 'https://example.com/help',
      snapshot: 'https://archive.example/help',
      title: 'Help',
    },
  ];
  const guide = {
    slug: 'example-mobile',
    data: {
      money: { etf: { text: '35 美元', sources: ['help#fee'] } },
      cancel: { effective: { text: '立即', sources: ['help#steps', 'help-2019'] } },
      sources: ['help', { id: 'help-2019', note: '旧版' }],
    },
  };
  const pages = watchPages([guide], registry);
  it('attributes each `source#quote` citation to its quote', () => {
    const help = pages.find((p) => !p.snapshotUrl)!;
    expect(help.quotes.map((q) => [q.id, q.citedBy.map((c) => `${c.field}:${c.stakes}`)])).toEqual([
      ['fee', ['money.etf:high']],
      ['steps', ['cancel.effective:fact']],
    ]);
  });
  it('reads an older version from its snapshot, as its own historical page', () => {
    const old = pages.find((p) => p.snapshotUrl)!;
    expect(old).toMatchObject({ snapshotUrl: 'https://archive.example/help', historical: 'an older version of help' });
  });
});

describe('fieldStakes', () => {
  it('ranks phone numbers, PINs, fees and day counts above other facts, and a bare listing last', () => {
    for (const f of [
      'contacts.phones[care]',
      'contacts.dialCodes[611]',
      'portOut.pin',
      'money.proration',
      'stopPaying.timeline[0]',
      'pause.longest',
      'abroad.rules',
      'status',
    ])
      expect(fieldStakes(f)).toBe('high');
    for (const f of ['cancel.effective', 'contacts.links[account]', 'faq[x]', 'status.stillPossible'])
      expect(fieldStakes(f)).toBe('fact');
    expect(fieldStakes('sources')).toBe('listed');
  });
});
