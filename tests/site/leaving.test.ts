// Leaving the US and services that ended, as a reader sees them in the built pages: #pause and #abroad
// on every carrier guide, the /deadline/ table without JavaScript, the leaving-us choices table,
// ended services listed apart and kept out of lists of carriers one can still use, and the change log.
import { describe, expect, it } from 'vitest';
import * as cheerio from 'cheerio';
import { readFileSync } from 'node:fs';
import { carriers, page } from './dist.ts';
import { isActive, type ActiveCarrier } from '../../src/schemas/index.ts';
import { EVENT_LABELS, offsetLabel } from '../../src/lib/guide/labels.ts';
import { before, words } from '../words.ts';

const all = carriers();
const active = all.filter((c) => isActive(c.data)) as { slug: string; data: ActiveCarrier }[];
const ended = all.filter((c) => !isActive(c.data));
const timed = active.filter((c) => c.data.stopPaying.timeline.length > 0);

describe('every carrier guide', () => {
  it.each(all.map((c) => [c.slug, c] as const))(
    '%s has #pause and #abroad sections, in the table of contents',
    (slug) => {
      const p = page(`/carriers/${slug}/`);
      for (const id of ['pause', 'abroad']) {
        expect(p.$(`h2#${id}`), id).toHaveLength(1);
        expect(p.$(`nav a[href="#${id}"]`).length, `${id} in the table of contents`).toBeGreaterThan(0);
      }
      expect(
        p.$('#abroad').parent().find('a[href="/card-types/number-keeping/"]').length +
          p.$('a[href="/card-types/number-keeping/"]').length,
      ).toBeGreaterThan(0);
    },
  );
  it.each(timed.map((c) => [c.slug, c] as const))(
    '%s draws its stop-paying timeline from the data, day 0 stated',
    (slug, c) => {
      const p = page(`/carriers/${slug}/`);
      const items = p.$('ol.timeline > li');
      expect(items).toHaveLength(c.data.stopPaying.timeline.length);
      c.data.stopPaying.timeline.forEach((e, i) => {
        expect(p.$(items[i]).find('strong').first().text()).toBe(`${offsetLabel(e)} · ${EVENT_LABELS[e.kind]}`);
      });
      expect(p.$('#stop-paying').parent().text() + p.html).toContain(before(words.timeline.day0Is));
      expect(p.$(`a[href="/deadline/?carrier=${slug}"]`)).toHaveLength(1);
    },
  );
});

describe('/deadline/ without JavaScript', () => {
  const p = page('/deadline/');
  it('shows every carrier with a timeline as a table of day offsets, each event with a source link', () => {
    expect(timed.length).toBeGreaterThan(15);
    for (const c of timed) {
      const section = p.$(`section[data-carrier="${c.slug}"]`);
      expect(section, c.slug).toHaveLength(1);
      const items = section.find('li[data-kind]');
      expect(items).toHaveLength(c.data.stopPaying.timeline.length);
      items.each((_, li) => {
        expect(p.$(li).find(`a[href^="/carriers/${c.slug}/#src-"]`).length).toBeGreaterThan(0);
      });
    }
  });
  it('sends carriers without a timeline to their guide, and lists no ended service', () => {
    for (const c of active.filter((a) => !timed.includes(a)))
      expect(p.$(`#no-timeline + p + ul a[href="/carriers/${c.slug}/#stop-paying"]`), c.slug).toHaveLength(1);
    for (const c of ended) expect(p.html).not.toContain(`/carriers/${c.slug}/`);
  });
  it('hides the form until the script can use it, and loads the .ics builder only on click', () => {
    expect(p.$('#deadline-form').attr('hidden')).toBeDefined();
    const scripts = p
      .$('script[src]')
      .map((_, s) => p.$(s).attr('src'))
      .get();
    const eager = scripts.map((src) => readFileSync(`dist${src}`, 'utf8')).join('\n');
    expect(eager).not.toContain('BEGIN:VCALENDAR');
  });
});

describe('leaving the US', () => {
  it('lists every active carrier in the choices table, each cell linking to its guide section', () => {
    const p = page('/topics/leaving-us/');
    expect(p.$('h2#choices')).toHaveLength(1);
    for (const c of active) {
      const row = p.$(`tr#choice-${c.slug}`);
      expect(row, c.slug).toHaveLength(1);
      for (const section of ['pause', 'port-out', 'stop-paying'])
        expect(row.find(`a[href="/carriers/${c.slug}/#${section}"]`), `${c.slug} #${section}`).toHaveLength(1);
    }
    for (const c of ended) expect(p.$(`tr#choice-${c.slug}`)).toHaveLength(0);
  });
  it('gives readers already abroad their own branch on /start/', () => {
    const p = page('/start/keep/');
    expect(p.$('a[href="/start/keep/abroad/"]').text()).toContain('已经在国外');
    expect(page('/start/keep/abroad/').$('main a[href="/topics/from-abroad/"]')).toHaveLength(1);
  });
});

describe('services that ended', () => {
  it('exist and say so at the top', () => {
    expect(ended.length).toBeGreaterThanOrEqual(2);
    for (const c of ended) {
      const p = page(`/carriers/${c.slug}/`);
      expect(p.$('h2#ended').text(), c.slug).toContain(words.carrierSection.ended);
      expect(p.$('#cancel, #port-out, #money, #stop-paying'), c.slug).toHaveLength(0);
    }
  });
  it('are listed apart on /carriers/ and /compare/', () => {
    for (const path of ['/carriers/', '/compare/']) {
      const p = page(path);
      for (const c of ended)
        expect(
          p.$(`#ended ~ ul a[href="/carriers/${c.slug}/"], section:has(#ended) a[href="/carriers/${c.slug}/"]`).length,
          `${path} ${c.slug}`,
        ).toBeGreaterThan(0);
    }
    for (const c of ended) expect(page('/compare/').$(`table a[href="/carriers/${c.slug}/"]`)).toHaveLength(0);
  });
  it('stay out of the home page list, /start/, the card-type lists and the keep-cost table', () => {
    const paths = [
      '/',
      '/start/keep/leaving/',
      '/start/cancel/leaving/prepaid/',
      '/card-types/prepaid/',
      '/card-types/physical-sim/',
      '/card-types/esim/',
      '/card-types/number-keeping/',
      '/topics/leaving-us/',
    ];
    for (const path of paths)
      for (const c of ended) expect(page(path).html, `${path} lists ${c.slug}`).not.toContain(`/carriers/${c.slug}/`);
  });
});

describe('change log', () => {
  it('has /changes/ and an RSS feed linked from every page head that parses, newest first', () => {
    expect(page('/changes/').$('h1').text()).toBe(words.site.feedTitle);
    expect(page('/').$('link[rel="alternate"][type="application/rss+xml"]').attr('href')).toBe('/changes/feed.xml');
    const $ = cheerio.load(readFileSync('dist/changes/feed.xml', 'utf8'), { xml: true });
    expect($('rss > channel > title').text()).toContain(words.site.feedTitle);
    const dates = $('item > pubDate')
      .map((_, d) => Date.parse($(d).text()))
      .get();
    expect(dates.every((d) => !Number.isNaN(d))).toBe(true);
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    $('item > link').each((_, l) => expect($(l).text()).toMatch(/\/changes\/#[a-z0-9-]+$/));
  });
});
