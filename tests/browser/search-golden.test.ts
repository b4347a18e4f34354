// Golden queries, typed into the real search page in Chromium (Pagefind in Node tokenises some
// queries, such as "AT&T", differently from the browser), each naming the guide that must come first.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, openPage, openSearchPage, useBrowser, type OpenedPage } from './helpers.ts';
import {
  FORGIVING_QUERIES,
  GOLDEN_QUERIES,
  REGIONAL_QUERIES,
  SHARED_NUMBERS,
  SITUATION_QUERIES,
  SUGGESTION_QUERIES,
  TASK_QUERIES,
} from './golden-queries.ts';
import { linePattern, SETTLED_STATUS, t, words } from '../words.ts';

/** A number's line in a result: "{label}：{display} · {source}", the source official or third-party only. */
const numberLine = linePattern(words.search.numberLine);
const sources = [words.search.officialSource, words.search.thirdPartySource];

describeBrowser('search: the expected guide comes first', () => {
  const browser = useBrowser();
  let opened: OpenedPage;
  beforeAll(async () => {
    opened = await openSearchPage(browser());
  });
  afterAll(() => opened?.close());

  /** Type the query and wait until the results for it (not the previous query) are shown. */
  async function search(query: string) {
    const { page } = opened;
    await page.fill('#search-q', query);
    await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 10_000 }).toMatch(SETTLED_STATUS);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(query.trim());
    return page;
  }
  const resultLinks = (page: OpenedPage['page']) =>
    page.locator('#search-results a.result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));

  // A full-text result's link moves to its best section when its fragment arrives: the page is what counts here.
  const pageOf = (href: string | null | undefined) => href?.split('#')[0];

  it.each([...GOLDEN_QUERIES, ...FORGIVING_QUERIES, ...REGIONAL_QUERIES])('%s → %s', async (query, expected) => {
    const page = await search(query);
    const links = await resultLinks(page);
    expect(pageOf(links[0]), `top 3: ${links.slice(0, 3).join(', ')}`).toBe(expected);
    expect(opened.errors).toEqual([]);
  });

  it.each(SITUATION_QUERIES)('%s → %s among the first three', async (query, expected) => {
    const page = await search(query);
    const links = await resultLinks(page);
    expect(links.slice(0, 3).map(pageOf), `top 3: ${links.slice(0, 3).join(', ')}`).toContain(expected);
    expect(opened.errors).toEqual([]);
  });

  it.each(TASK_QUERIES)('%s opens %s', async (query, expected) => {
    const page = await search(query);
    const links = await resultLinks(page);
    expect(links[0], `top 3: ${links.slice(0, 3).join(', ')}`).toBe(expected);
    expect(await page.locator('#search-status').textContent()).toMatch(linePattern(words.search.sectionsFound));
    expect(opened.errors).toEqual([]);
  });

  it('a task query answered from the search data fetches no Pagefind index or fragment, and Enter opens the section', async () => {
    const fresh = await openPage(browser(), '/carriers/visible/');
    const requests: string[] = [];
    fresh.page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await fresh.page.keyboard.press('/');
    // One input event for the whole query, as a paste: typed key by key on a loaded machine, a half-typed
    // "verizon 暂" can sit past the debounce and search the full text, which this test is not about.
    await fresh.page.keyboard.insertText('verizon 暂停');
    await expect
      .poll(() => fresh.page.locator('#header-q-results a.result-link').first().getAttribute('href'), {
        timeout: 10_000,
      })
      .toBe('/carriers/verizon/#pause');
    expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await fresh.page.keyboard.press('Enter');
    await fresh.page.waitForURL(/\/carriers\/verizon\/#pause$/);
    expect(fresh.errors).toEqual([]);
    await fresh.close();
  });

  it('a full-text result links to the section where the query is', async () => {
    const fresh = await openPage(browser(), '/search/');
    await fresh.page.fill('#search-q', '余额 退款');
    await expect
      .poll(() => fresh.page.locator('#search-status').textContent(), { timeout: 10_000 })
      .toMatch(linePattern(words.search.found));
    // Once the excerpts arrive, carrier guides link to a section (费用与退款), not the top of the page.
    await expect
      .poll(async () => (await resultLinks(fresh.page)).filter((h) => h?.includes('#')).length, { timeout: 10_000 })
      .toBeGreaterThan(0);
    expect(fresh.errors).toEqual([]);
    await fresh.close();
  });

  it('an ended service is found by its name and labelled as ended', async () => {
    const page = await search('CTExcel');
    await expect.poll(() => page.locator('#search-results li').first().textContent()).toContain(words.status.ended);
  });

  it('att.com lists AT&T Prepaid right after AT&T', async () => {
    const page = await search('att.com');
    expect((await resultLinks(page)).slice(0, 2)).toEqual(['/carriers/att/', '/carriers/att-prepaid/']);
  });

  it.each(SUGGESTION_QUERIES)(
    '%s asks whether the reader meant one of the guides it could be',
    async (query, guides) => {
      const page = await search(query);
      await expect
        .poll(() => page.locator('.search-notice').textContent())
        .toMatch(linePattern(`${words.search.suggestBefore}{guides}${words.search.suggestAfter}`));
      expect(await page.locator('.search-notice a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(
        guides,
      );
    },
  );

  it.each(SHARED_NUMBERS)('%s shows every guide that lists it, with the caller-ID warning', async (query, guides) => {
    const page = await search(query);
    expect(await resultLinks(page)).toEqual(expect.arrayContaining(guides));
    await expect.poll(() => page.locator('.search-notice').textContent()).toContain(words.search.callerIdWarning);
    const lines = await page.locator('#search-results .excerpt').allTextContents();
    expect(
      lines.every((l) => sources.includes(numberLine.exec(l)?.[3] ?? '')),
      lines.join('\n'),
    ).toBe(true);
  });

  it('a number no guide lists says so and links the scams guide, without loading Pagefind', async () => {
    const fresh = await openPage(browser(), '/search/');
    const requests: string[] = [];
    fresh.page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await fresh.page.fill('#search-q', '(212) 555-0100');
    await expect
      .poll(() => fresh.page.locator('#search-status').textContent(), { timeout: 10_000 })
      .toBe(t('search.numberNone', { query: '(212) 555-0100' }));
    expect(await fresh.page.locator('#search-results li').count()).toBe(0);
    expect(await fresh.page.locator('.search-notice a[href="/topics/scams/"]').count()).toBe(1);
    expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await fresh.close();
  });

  it('answers a guide’s name from the search data alone, and searches the full text on demand', async () => {
    const fresh = await openPage(browser(), '/search/');
    const requests: string[] = [];
    fresh.page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    const pagefind = (dir: string) => requests.filter((p) => p.startsWith(`/pagefind/${dir}/`));
    await fresh.page.fill('#search-q', 'tmobile');
    await expect
      .poll(() => fresh.page.locator('#search-status').textContent(), { timeout: 10_000 })
      .toBe(t('search.namesFound', { n: 2 }));
    expect(await resultLinks(fresh.page)).toEqual(['/carriers/t-mobile/', '/carriers/t-mobile-prepaid/']);
    // The search page warms the engine while the reader reads, but fetches no index and no fragment.
    await expect.poll(() => requests.includes('/pagefind/pagefind.js')).toBe(true);
    await fresh.page.waitForLoadState('networkidle');
    expect([...pagefind('index'), ...pagefind('fragment')]).toEqual([]);

    await fresh.page.getByRole('button', { name: t('search.fullText', { query: 'tmobile' }) }).click();
    await expect
      .poll(() => fresh.page.locator('#search-status').textContent())
      .toMatch(linePattern(words.search.found));
    const links = await resultLinks(fresh.page);
    expect(links.slice(0, 2)).toEqual(['/carriers/t-mobile/', '/carriers/t-mobile-prepaid/']);
    expect(links.length).toBeGreaterThan(2);
    expect(pagefind('fragment').length).toBeLessThanOrEqual(5);

    // Submitting the search page (Enter) asks for the full text too.
    await fresh.page.fill('#search-q', 'att');
    await expect.poll(() => fresh.page.locator('#search-status').textContent()).toBe(t('search.namesFound', { n: 2 }));
    await fresh.page.press('#search-q', 'Enter');
    await expect
      .poll(() => fresh.page.locator('#search-status').textContent())
      .toMatch(linePattern(words.search.found));
    expect((await resultLinks(fresh.page))[0]).toBe('/carriers/att/');
    expect(fresh.errors).toEqual([]);
    await fresh.close();
  });

  it('fetches fragments only for the results shown, and more on demand', async () => {
    const fresh = await openPage(browser(), '/search/');
    const fragments: string[] = [];
    fresh.page.on('request', (r) => void (r.url().includes('/fragment/') && fragments.push(r.url())));
    await fresh.page.fill('#search-q', '余额'); // no guide's name: every result is Pagefind's
    await expect
      .poll(() => fresh.page.locator('#search-status').textContent(), { timeout: 10_000 })
      .toMatch(linePattern(words.search.found));
    const total = Number(/\d+/.exec((await fresh.page.locator('#search-status').textContent())!)![0]);
    expect(total).toBeGreaterThan(10);
    expect(await fresh.page.locator('#search-results li').count()).toBe(5);
    // Each shown result then fetches its excerpt, and only those.
    await expect.poll(() => fresh.page.locator('#search-results .excerpt').count()).toBe(5);
    expect(fragments.length).toBe(5);
    await fresh.page.getByRole('button', { name: words.search.more }).click();
    await expect.poll(() => fresh.page.locator('#search-results .excerpt').count()).toBe(10);
    expect(await fresh.page.locator('#search-results li').count()).toBe(10);
    expect(fragments.length).toBe(10);
    await fresh.close();
  });

  it('shows full-text results with their titles before any fragment arrives', async () => {
    const fresh = await openPage(browser(), '/search/');
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await fresh.page.route('**/pagefind/fragment/**', async (route) => {
      await held;
      await route.continue();
    });
    await fresh.page.fill('#search-q', '余额');
    await expect
      .poll(() => fresh.page.locator('#search-status').textContent(), { timeout: 10_000 })
      .toMatch(linePattern(words.search.found));
    const titles = await fresh.page.locator('#search-results a.result-link').allTextContents();
    expect(titles).toHaveLength(5);
    expect(
      titles.every((t) => t.trim().length > 0),
      titles.join(' | '),
    ).toBe(true);
    expect(await fresh.page.locator('#search-results .excerpt').count()).toBe(0);
    release();
    await expect.poll(() => fresh.page.locator('#search-results .excerpt').count()).toBe(5);
    expect(fresh.errors).toEqual([]);
    await fresh.close();
  });
});
