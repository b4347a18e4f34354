// Typing a reader's question (its key words) finds the page that answers it among the first three.
import { readFileSync } from 'node:fs';
import { parseYamlData } from '../../src/lib/content/load-fs.ts';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, openSearchPage, useBrowser, type OpenedPage } from './helpers.ts';
import { QUESTION_QUERIES } from './question-queries.ts';
import { SETTLED_STATUS } from '../words.ts';
import type { Question } from '../../src/schemas/index.ts';

const questions = new Map(
  (parseYamlData(readFileSync('content/questions.yaml', 'utf8')) as Question[]).map((q) => [q.id, q]),
);

describeBrowser('search answers reader questions', () => {
  const browser = useBrowser();
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openSearchPage(browser());
  });
  afterAll(() => opened?.close());

  it('has at least 25 question queries, each naming a question that exists', () => {
    expect(QUESTION_QUERIES.length).toBeGreaterThanOrEqual(25);
    for (const [, id] of QUESTION_QUERIES) expect(questions.has(id), id).toBe(true);
  });

  it.each(QUESTION_QUERIES)('%s → the page answering %s', async (query, id) => {
    const expected = questions.get(id)!.link.split('#')[0];
    const { page } = opened;
    await page.fill('#search-q', query);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(query.trim());
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(SETTLED_STATUS);
    // Pages, not sections: a carrier named with a task opens a section, and full-text results move to theirs.
    const top = await page
      .locator('#search-results a.result-link')
      .evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute('href')?.split('#')[0]));
    expect(top, `top 3 for ${query}`).toContain(expected);
  });
});
