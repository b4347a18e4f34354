// Situations readers arrive with: /start/ leads to each situation guide, and every carrier guide a
// situation concerns links to it in "遇到这些情况", derived from the topics' `carriers` lists.
import { describe, expect, it } from 'vitest';
import { readEntries } from '../../src/lib/content/load-fs.ts';
import { topicSchema } from '../../src/schemas/index.ts';
import { CONTENT_ROOT } from '../../site.config.mjs';
import { carriers, page } from './dist.ts';
import { SITUATIONS } from '../situations.ts';

const topics = readEntries(CONTENT_ROOT)
  .filter((e) => e.collection === 'topics')
  .map((e) => ({ slug: e.slug, data: topicSchema.parse(e.data) }));

/** Links in the main part of a page. */
const links = (path: string) =>
  page(path)
    .$('main a[href]')
    .map((_, a) => page(path).$(a).attr('href'))
    .get();

describe('situations', () => {
  it('are reached from /start/ in one answer', () => {
    const next = links('/start/').filter((href) => href.startsWith('/start/') && href !== '/start/');
    const reached = new Set([...links('/start/'), ...next.flatMap(links)]);
    for (const slug of SITUATIONS) expect(reached, slug).toContain(`/topics/${slug}/`);
  });
  it('each name the carriers whose procedure they cover', () => {
    for (const slug of SITUATIONS)
      expect(topics.find((t) => t.slug === slug)?.data.carriers.length, slug).toBeGreaterThan(0);
  });
  it('are linked from every carrier guide they name, and from no other', () => {
    for (const c of carriers()) {
      const mine = topics.filter((t) => t.data.carriers.includes(c.slug)).map((t) => `/topics/${t.slug}/`);
      const p = page(`/carriers/${c.slug}/`);
      const listed = p
        .$('h2#situations')
        .next('ul')
        .find('a')
        .map((_, a) => p.$(a).attr('href'))
        .get();
      expect(listed, c.slug).toEqual(expect.arrayContaining(mine));
      expect(listed.length, c.slug).toBe(mine.length);
      if (mine.length) expect(p.$('nav.toc a[href="#situations"]'), c.slug).toHaveLength(1);
    }
  });
});
