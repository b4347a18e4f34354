// The review ranking: what counts against a guide, and that the weakest comes first.
import { describe, expect, it } from 'vitest';
import { parseCarrier, parseGuide, readEntries, readSourceRegistry } from '../../src/lib/content/load-fs.ts';
import {
  rankGuides,
  REVIEW_WEIGHTS,
  reviewGuide,
  reviewMarkdown,
  reviewReason,
  reviewTable,
} from '../../scripts/lib/review.ts';

const entries = readEntries('tests/fixtures/content');
const registry = readSourceRegistry('tests/fixtures/content');
const raw = () => structuredClone(entries.find((e) => e.slug === 'example-mobile')!.data) as any;
const today = new Date('2027-05-01T00:00:00Z');
const review = (data: any) => reviewGuide('carriers/example-mobile.mdx', parseCarrier(data, registry), true, today);

describe('review of one guide', () => {
  it('counts unknowns, conflicts, and the median age of the sources', () => {
    const r = review(raw());
    // locks, deviceBalance, proration, enforcement, keepTexts, cost, and the notOffered reason
    expect(r.unknowns).toBe(7);
    expect(r.conflicts).toBe(1);
    expect(r.highStakes).toEqual([]);
    // help checked 2026-11-01 (181 days), blog captured 2026-05-01 (365 days): median 273
    expect(r.medianAgeDays).toBe(273);
    expect(r.score).toBe(7 * REVIEW_WEIGHTS.unknown + 1 * REVIEW_WEIGHTS.conflict + 3 * REVIEW_WEIGHTS.agePer90Days);
  });
  it('names each high-stakes fact that rests only on third-party sources', () => {
    const data = raw();
    data.money.etf.sources = ['blog'];
    data.contacts.phones[0].sources = ['blog'];
    data.stopPaying.timeline[0].sources = ['blog', 'help'];
    expect(review(data).highStakes).toEqual(['contacts.phones[care]', 'money.etf']);
  });
  it('counts sources read in part or only from research notes', () => {
    const data = raw();
    data.sources[0] = { id: 'help', read: 'partial' };
    data.sources[1] = { id: 'blog', note: '内容取自研究笔记。' };
    expect(review(data).weakReads).toEqual(['help', 'blog']);
  });
  it('scores a topic guide by its sources and facts only', () => {
    const topic = entries.find((e) => e.collection === 'topics')!;
    const r = reviewGuide(topic.file, parseGuide(topic, registry) as never, false, today);
    expect(r.highStakes).toEqual([]);
    expect(r.score).toBe(Math.floor(r.medianAgeDays / 90));
  });
});

describe('ranking and report', () => {
  const weak = review(
    (() => {
      const d = raw();
      d.money.etf.sources = ['blog'];
      return d;
    })(),
  );
  const strong = { ...review(raw()), file: 'carriers/strong.mdx' };
  it('puts the weakest guide first and says why', () => {
    expect(rankGuides([strong, weak]).map((r) => r.file)).toEqual([
      'carriers/example-mobile.mdx',
      'carriers/strong.mdx',
    ]);
    expect(reviewReason(weak)).toMatch(
      /^7 unknown\(s\); 1 high-stakes fact\(s\) without an official source: money\.etf; sources 273 days old/,
    );
  });
  it('prints a table with one row per guide and writes the rule into the report', () => {
    expect(reviewTable([weak, strong]).split('\n')).toHaveLength(3);
    const md = reviewMarkdown([weak, strong], '2027-05-01');
    expect(md).toContain(`| ${REVIEW_WEIGHTS.highStakes} each |`);
    expect(md).toMatch(/\| 1 \| carriers\/example-mobile\.mdx \| \d+ \| 1 \| 7 \| 1 \| 0 \| 273 \|/);
  });
});
