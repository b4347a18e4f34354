// Golden queries, typed into the real search page in Chromium (Pagefind in Node tokenises some
// queries, such as "AT&T", differently from the browser), each naming the guide that must come first.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, openSearchPage, useBrowser, type OpenedPage } from './helpers.ts';
import { GOLDEN_QUERIES } from './golden-queries.ts';

describeBrowser('search: the expected guide comes first', () => {
  const browser = useBrowser();
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openSearchPage(browser());
  });
  afterAll(() => opened?.close());

  it.each(GOLDEN_QUERIES)('%s → %s', async (query, expected) => {
    const { page } = opened;
    await page.fill('#search-q', query);
    await expect.poll(() => page.locator('#search-status').textContent()).toMatch(/^(找到|没有)/);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(query.trim());
    const links = await page.locator('#search-results a.result-link').evaluateAll((as) => as.slice(0, 3).map((a) => a.getAttribute('href')));
    expect(links[0], `top 3: ${links.join(', ')}`).toBe(expected);
    expect(opened.errors).toEqual([]);
  });
});
