// Golden queries, run against the built Pagefind index in Chromium (Pagefind in Node tokenises
// some queries, such as "AT&T", differently from the browser).
import { expect, it } from 'vitest';
import { describeBrowser, openPage, useBrowser, type OpenedPage } from './helpers.ts';
import { GOLDEN_QUERIES } from './golden-queries.ts';

describeBrowser('search: the expected guide comes first', () => {
  const browser = useBrowser();
  let opened: OpenedPage;

  it.each(GOLDEN_QUERIES)('%s → %s', async (query, expected) => {
    opened ??= await openPage(browser(), '/search/');
    const first = await opened.page.evaluate(async (q) => {
      const pf = await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`);
      const search = await pf.search(q);
      const top = await Promise.all(search.results.slice(0, 3).map((r: { data(): Promise<{ url: string }> }) => r.data()));
      return top.map((d) => d.url);
    }, query);
    expect(first[0], `top 3: ${first.join(', ')}`).toBe(expected);
    expect(opened.errors).toEqual([]);
  });
});
