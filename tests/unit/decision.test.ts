import { describe, expect, it } from 'vitest';
import { decisionPages, startPath } from '../../src/lib/tools/decision.ts';
import { CARRIER_SECTIONS } from '../../src/lib/guide/labels.ts';
import { DECISION_FILE, loadDataFile, readEntries } from '../../src/lib/content/load-fs.ts';
import { decisionSchema } from '../../src/schemas/index.ts';
import { SITUATIONS } from '../situations.ts';

const pages = decisionPages(loadDataFile('content', DECISION_FILE, decisionSchema));
const paths = new Set(pages.map((p) => startPath(p.path)));
const at = (path: string) => pages.find((p) => startPath(p.path) === path);

describe('decision helper', () => {
  it('starts at /start/ with the keep-or-cancel question', () => {
    expect(pages[0]).toMatchObject({ kind: 'question', path: [] });
    expect(pages[0]?.kind === 'question' && pages[0].choices.map((c) => c.next?.[0])).toEqual(
      expect.arrayContaining(['keep', 'cancel']),
    );
    expect(startPath([])).toBe('/start/');
  });
  it('leads every choice to a page that exists or to a topic guide', () => {
    const topics = new Set(
      readEntries('content')
        .filter((e) => e.collection === 'topics')
        .map((e) => e.slug),
    );
    for (const page of pages)
      if (page.kind === 'question')
        for (const c of page.choices)
          if (c.next) expect(paths, c.href).toContain(c.href);
          else expect(topics).toContain(/^\/topics\/([a-z0-9-]+)\/$/.exec(c.href)?.[1]);
  });
  it('reaches every page from the start', () => {
    const reached = new Set(['/start/']);
    for (const page of pages)
      if (page.kind === 'question') for (const c of page.choices) if (c.next) reached.add(c.href);
    expect([...reached].sort()).toEqual([...paths].sort());
  });
  it('asks a question at every step on the way to a postpaid cancellation', () => {
    for (const path of ['/start/', '/start/cancel/', '/start/cancel/leaving/', '/start/cancel/leaving/postpaid/'])
      expect(at(path)?.kind, path).toBe('question');
    expect(at('/start/cancel/leaving/postpaid/financed/')).toMatchObject({ kind: 'result', section: 'money' });
  });
  it('offers prepaid carriers for a prepaid card and postpaid or monthly ones for a bill', () => {
    const prepaid = at('/start/cancel/staying/prepaid/');
    const postpaid = at('/start/cancel/staying/postpaid/paid/');
    if (prepaid?.kind !== 'result' || postpaid?.kind !== 'result') throw new Error('expected result pages');
    expect(prepaid.carriers({ kind: 'prepaid' } as never)).toBe(true);
    expect(prepaid.carriers({ kind: 'postpaid' } as never)).toBe(false);
    expect(postpaid.carriers({ kind: 'monthly' } as never)).toBe(true);
  });
  it('has a branch for readers already outside the US that starts with what can be done from abroad', () => {
    for (const goal of ['keep', 'cancel']) {
      const page = at(`/start/${goal}/abroad/`);
      expect(page?.kind).toBe('result');
      if (page?.kind !== 'result') continue;
      expect(page.notes[0]!.href).toBe('/topics/from-abroad/');
      expect(page.section).toBe(goal === 'keep' ? 'abroad' : 'cancel');
    }
  });
  it('leads a reader whose situation is different to each situation guide', () => {
    const links = pages.flatMap((p) => (p.kind === 'question' ? p.choices.map((c) => c.href) : []));
    for (const slug of SITUATIONS) expect(links).toContain(`/topics/${slug}/`);
  });
  it('ends every path on a guide section', () => {
    for (const page of pages) if (page.kind === 'result') expect(Object.keys(CARRIER_SECTIONS)).toContain(page.section);
  });
});
