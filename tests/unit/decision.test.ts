import { describe, expect, it } from 'vitest';
import { decisionPages, startPath } from '../../src/lib/tools/decision.ts';
import { CARRIER_SECTIONS } from '../../src/lib/guide/labels.ts';

const pages = decisionPages();
const paths = new Set(pages.map((p) => startPath(p.path)));

describe('decision helper', () => {
  it('starts at /start/ with the keep-or-cancel question', () => {
    expect(pages[0]).toMatchObject({ kind: 'question', path: [] });
    expect(startPath([])).toBe('/start/');
  });
  it('leads every choice to a page that exists', () => {
    for (const page of pages)
      if (page.kind === 'question')
        for (const c of page.choices) expect(paths, startPath(c.next)).toContain(startPath(c.next));
  });
  it('reaches every page from the start', () => {
    const reached = new Set(['/start/']);
    for (const page of pages)
      if (page.kind === 'question') for (const c of page.choices) reached.add(startPath(c.next));
    expect([...reached].sort()).toEqual([...paths].sort());
  });
  it('asks all five questions on the way to a postpaid cancellation', () => {
    expect(paths).toContain('/start/cancel/leaving/postpaid/financed/');
    const questions = pages.filter((p) => p.kind === 'question').map((p) => (p.kind === 'question' ? p.question : ''));
    expect(questions.join()).toMatch(/保留.*离开美国.*预付费.*分期/s);
  });
  it('has a branch for readers already outside the US that starts with what can be done from abroad', () => {
    for (const goal of ['keep', 'cancel']) {
      const page = pages.find((p) => startPath(p.path) === `/start/${goal}/abroad/`);
      expect(page?.kind).toBe('result');
      if (page?.kind !== 'result') continue;
      expect(page.notes[0]!.href).toBe('/topics/from-abroad/');
      expect(page.section).toBe(goal === 'keep' ? 'abroad' : 'cancel');
    }
  });
  it('ends every path on a guide section', () => {
    for (const page of pages) if (page.kind === 'result') expect(Object.keys(CARRIER_SECTIONS)).toContain(page.section);
  });
});
