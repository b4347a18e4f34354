// What Pagefind indexed, read back from its fragments (one per page: the text results quote and
// the text the index was built from): text repeated on most guides stays out (PAGEFIND_INDEX_OPTIONS in src/integrations/search-index.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFragments } from '../../src/lib/search/pagefind-pages-fs.ts';
import { PAGES_FILE, type PageRefs, type SearchData } from '../../src/lib/search/data.ts';
import { CARRIER_SECTIONS } from '../../src/lib/guide/labels.ts';
import { DIST, guidePages } from './dist.ts';
import { words } from '../words.ts';
import { LOCALES } from '../../src/i18n/config.ts';

const fragments = readFragments(join(DIST, 'pagefind', 'fragment'));

/** Sentences of at least `min` characters, once per page. */
const sentences = (text: string, min: number) =>
  new Set(
    text
      .split(/(?<=[。！？])|\.\s|\n/u)
      .map((s) => s.trim())
      .filter((s) => [...s].length >= min),
  );

describe('the search index', () => {
  it('has every guide, each once', () => {
    const urls = fragments.map((f) => f.url);
    expect(new Set(urls).size).toBe(urls.length);
    expect(urls).toEqual(expect.arrayContaining(guidePages().map((p) => p.path)));
  });

  it('leaves out text repeated on most guides: no sentence of 20+ characters is in more than half of the pages', () => {
    const pagesWith = new Map<string, number>();
    for (const f of fragments) for (const s of sentences(f.content, 20)) pagesWith.set(s, (pagesWith.get(s) ?? 0) + 1);
    const repeated = [...pagesWith].filter(([, n]) => n > fragments.length / 2).map(([s, n]) => `${n}× ${s}`);
    expect(repeated).toEqual([]);
  });

  it('leaves out the decide list, the checklist, the latest-change line and the notes beside pause and abroad', () => {
    const guide = fragments.find((f) => f.url === '/carriers/t-mobile/')!;
    for (const text of [
      words.guideMeta.latest,
      words.guideMeta.allChanges,
      words.carrier.deadlineLink,
      '暂停（Suspend）不是注销',
      '只想继续收验证码',
    ])
      expect(guide.content).not.toContain(text);
    const headings = [CARRIER_SECTIONS.decide, CARRIER_SECTIONS['before-you-start']];
    const boilerplate = fragments.filter((f) => headings.some((h) => f.content.includes(h)));
    expect(boilerplate.map((f) => f.url)).toEqual([]);
  });
});

describe.each(Object.values(LOCALES).map((l) => [l.lang, l] as const))(
  'the search data of %s knows every page its Pagefind index has',
  (lang, { base }) => {
    const own = fragments.filter((f) => f.id.startsWith(`${lang.toLowerCase()}_`));
    const main = JSON.parse(readFileSync(join(DIST, base, 'search-data', 'main.json'), 'utf8')) as SearchData;
    it('maps every result id of its own index to the page it is, so results need no fragment for their titles', () => {
      const pages = JSON.parse(readFileSync(join(DIST, base, PAGES_FILE), 'utf8')) as PageRefs;
      expect(own.length).toBeGreaterThan(50);
      expect(Object.keys(pages).sort()).toEqual(own.map((f) => f.id).sort());
      for (const f of own) {
        const ref = pages[f.id]!;
        expect(typeof ref === 'number' ? main.guides[ref]!.url : ref[0], f.id).toBe(f.url);
        expect(f.url.startsWith(`${base}/`), f.url).toBe(true);
      }
    });
  },
);
