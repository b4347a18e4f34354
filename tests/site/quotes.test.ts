// 原文 on the built guides: the sources' own words beside the facts that cite them (`source#quote`),
// readable without JavaScript, each in its own language, and kept out of the search index.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFragments } from '../../src/lib/search/pagefind-pages-fs.ts';
import { isActive } from '../../src/schemas/index.ts';
import { carriers, DIST, page } from './dist.ts';
import { words } from '../words.ts';

const active = carriers().filter((c) => isActive(c.data));

describe('原文 (quotes)', () => {
  it.each(active.map((c) => [c.slug] as const))('/carriers/%s/ shows at least five 原文', (slug) => {
    const p = page(`/carriers/${slug}/`);
    expect(p.$('details.q').length).toBeGreaterThanOrEqual(5);
  });

  it('renders each as a <details> with 原文 in its summary, out of the index, each quote with its lang', () => {
    const p = page('/carriers/t-mobile/');
    const details = p.$('details.q');
    expect(details.length).toBeGreaterThan(0);
    details.each((_, d) => {
      const el = p.$(d);
      expect(el.attr('data-pagefind-ignore')).toBeDefined();
      expect(el.children('summary').text()).toBe(words.source.quotes);
      expect(el.find('blockquote').length).toBeGreaterThan(0);
      el.find('blockquote').each((_, q) => expect(p.$(q).attr('lang')).toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/));
      el.find('figcaption a').each((_, a) => expect(p.$(a).attr('href')).toMatch(/^#src-\d+$/));
    });
    expect(p.$('details.q blockquote[lang="en"]').length).toBeGreaterThan(0);
  });

  it('keeps quotes out of the search index', () => {
    const fragments = readFragments(join(DIST, 'pagefind', 'fragment'));
    let checked = 0;
    for (const f of fragments) {
      const p = page(f.url);
      const quotes = p
        .$('details.q blockquote')
        .map((_, q) => p.$(q).text().replace(/\s+/g, ' ').trim())
        .get();
      for (const q of quotes) {
        // A quote may share words with the fact; a whole quote in the index means it was indexed.
        expect(f.content.replace(/\s+/g, ' '), `${f.url}: ${q}`).not.toContain(q);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});
