// Search under a bad network: every request search makes (the search code, the search data, Pagefind's
// script and WebAssembly, index chunks, fragments) is aborted or stalled with Playwright routes, and the
// reader must see what happened, a retry that really fetches again, and the A–Z list. Stalls use
// Playwright's clock, so the 4 s and 20 s limits (src/lib/search/limits.ts) pass in an instant.
import { expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { describeBrowser, openPage, useBrowser } from './helpers.ts';
import { GIVE_UP_MS, STILL_TRYING_MS } from '../../src/lib/search/limits.ts';
import { linePattern, t, words } from '../words.ts';

const STILL_TRYING = words.searchLoad.stillTrying;

/** The requests of Pagefind's full-text engine, each aborted and stalled in turn. */
const PAGEFIND_REQUESTS = [
  ["Pagefind's script", '**/pagefind/pagefind.js*'],
  ["Pagefind's WebAssembly", '**/pagefind/*.pagefind'],
  ['an index chunk', '**/pagefind/index/**'],
] as const;

const status = (page: Page, selector = '#search-status') => page.locator(selector).textContent();

/** Requests to `pattern` are held until the returned release() (then they go through, late). */
async function stall(page: Page, pattern: string) {
  const held: Route[] = [];
  await page.route(pattern, (route) => void held.push(route));
  return {
    held,
    release: async () => {
      await page.unroute(pattern);
      await Promise.all(held.map((r) => r.continue().catch(() => {})));
    },
  };
}

describeBrowser('search under a bad network', () => {
  const browser = useBrowser();

  /** The failure notice: says why, has 重试 and links the A–Z list. */
  async function expectFailure(page: Page, why: string, notice = '.search-notice') {
    await expect.poll(() => page.locator(notice).textContent(), { timeout: 10_000 }).toContain(why);
    expect(await page.locator(`${notice} a[href="/carriers/"]`).count()).toBe(1);
    expect(await page.locator(`${notice} button`, { hasText: words.searchLoad.retry }).count()).toBe(1);
  }

  /**
   * The stall sequence: "still trying" after STILL_TRYING_MS, then `gaveUp` and the notice naming `what` after
   * GIVE_UP_MS, on Playwright's clock; then the held requests go through and 重试 must reach `settled`.
   */
  async function expectStallThenRetry(
    page: Page,
    held: Awaited<ReturnType<typeof stall>>,
    gaveUp: string,
    what: string,
    settled: () => Promise<unknown>,
    box = { status: '#search-status', notice: '.search-notice' },
  ) {
    await page.clock.fastForward(STILL_TRYING_MS + 100);
    await expect.poll(() => status(page, box.status)).toBe(STILL_TRYING);
    await page.clock.fastForward(GIVE_UP_MS - STILL_TRYING_MS);
    await expect.poll(() => status(page, box.status)).toBe(gaveUp);
    await expectFailure(page, t('searchLoad.timedOut', { what, seconds: GIVE_UP_MS / 1000 }), box.notice);
    await held.release();
    await page.locator(`${box.notice} button`, { hasText: words.searchLoad.retry }).click();
    await settled();
  }

  it('search data that fails says so at once, and 重试 fetches it again', async () => {
    const { page, close } = await openPage(browser(), '/search/');
    let fetched = 0;
    await page.route('**/search-data/main.json', (route) => {
      fetched++;
      return route.abort('internetdisconnected');
    });
    await page.fill('#search-q', 'verizon');
    await expect.poll(() => status(page), { timeout: 5_000 }).toBe(words.searchLoad.notLoaded);
    await expectFailure(page, t('searchLoad.failed', { what: words.searchLoad.whatData }));
    expect(await page.locator('#search-results li').count()).toBe(0);
    await page.unroute('**/search-data/main.json');
    await page.getByRole('button', { name: words.searchLoad.retry }).click();
    await expect.poll(() => status(page)).toBe(t('search.namesFound', { n: 2 }));
    expect(await page.locator('#search-results a.result-link').first().getAttribute('href')).toBe('/carriers/verizon/');
    expect(fetched).toBe(1);
    await close();
  });

  it('search data that stalls says "still trying" after 4 s, gives up after 20 s, and 重试 works', async () => {
    const { page, close } = await openPage(browser(), '/search/');
    await page.clock.install();
    const held = await stall(page, '**/search-data/main.json');
    await page.fill('#search-q', 'verizon');
    await expect.poll(() => held.held.length).toBe(1);
    expect(await status(page)).toBe(words.search.searching);
    await expectStallThenRetry(page, held, words.searchLoad.notLoaded, words.searchLoad.whatData, () =>
      expect.poll(() => status(page), { timeout: 10_000 }).toBe(t('search.namesFound', { n: 2 })),
    );
    await close();
  });

  for (const [what, pattern] of PAGEFIND_REQUESTS) {
    it(`${what} that fails: full text says so, names and numbers are still answered, 重试 works`, async () => {
      const { page, close } = await openPage(browser(), '/search/');
      await page.route(pattern, (route) => route.abort('connectionreset'));
      await page.fill('#search-q', '余额');
      await expect.poll(() => status(page), { timeout: 10_000 }).toBe(words.searchLoad.fullTextNotLoaded);
      await expectFailure(page, t('searchLoad.failed', { what: words.searchLoad.whatFullText }));
      // Names and numbers need no Pagefind.
      await page.fill('#search-q', 'cricket');
      await expect.poll(() => status(page)).toBe(t('search.namesFound', { n: 1 }));
      await page.fill('#search-q', '611');
      await expect.poll(() => status(page)).toMatch(linePattern(t('search.numberFound', { query: '611' })));
      // A query that names a guide among other words keeps the guide, with the notice.
      await page.fill('#search-q', 'verizon 余额 多少');
      await expect.poll(() => status(page), { timeout: 10_000 }).toBe(t('search.namesFound', { n: 1 }));
      await expectFailure(page, t('searchLoad.failed', { what: words.searchLoad.whatFullText }));
      expect(await page.locator('#search-results a.result-link').first().getAttribute('href')).toBe(
        '/carriers/verizon/',
      );
      await page.unroute(pattern);
      await page.getByRole('button', { name: words.searchLoad.retry }).click();
      await expect.poll(() => status(page), { timeout: 10_000 }).toMatch(linePattern(words.search.found));
      await close();
    });
  }

  for (const [what, pattern] of PAGEFIND_REQUESTS) {
    it(`${what} that stalls says "still trying", gives up after 20 s, and 重试 works`, async () => {
      const { page, close } = await openPage(browser(), '/search/');
      await page.clock.install();
      const held = await stall(page, pattern);
      await page.fill('#search-q', '余额');
      await expect.poll(() => held.held.length, { timeout: 10_000 }).toBeGreaterThan(0);
      await expectStallThenRetry(page, held, words.searchLoad.fullTextNotLoaded, words.searchLoad.whatFullText, () =>
        expect.poll(() => status(page), { timeout: 10_000 }).toMatch(linePattern(words.search.found)),
      );
      await close();
    });
  }

  for (const mode of ['fail', 'stall'] as const) {
    it(`fragments that ${mode}: results still show with their titles, without excerpts`, async () => {
      const { page, close } = await openPage(browser(), '/search/');
      if (mode === 'fail') await page.route('**/pagefind/fragment/**', (route) => route.abort('failed'));
      else await stall(page, '**/pagefind/fragment/**');
      await page.fill('#search-q', '余额');
      await expect.poll(() => status(page), { timeout: 10_000 }).toMatch(linePattern(words.search.found));
      const titles = await page.locator('#search-results a.result-link').allTextContents();
      expect(titles).toHaveLength(5);
      expect(titles.every((t) => t.trim().length > 0)).toBe(true);
      await page.waitForTimeout(1_000);
      expect(await page.locator('#search-results .excerpt').count()).toBe(0);
      await close();
    });
  }

  it('the header box: search code that fails to load says so, and 重试 imports it again', async () => {
    const { page, close } = await openPage(browser(), '/about/');
    // Everything the page loaded eagerly is in; what the box imports on first use is not.
    await page.waitForLoadState('networkidle');
    await page.route('**/_astro/*.js', (route) => route.abort('internetdisconnected'));
    await page.keyboard.press('/');
    await page.keyboard.type('cricket');
    await expect
      .poll(() => status(page, '#header-q-results >> xpath=..//p[@role="status"]'))
      .toBe(words.searchLoad.notLoaded);
    await expectFailure(page, t('searchLoad.failed', { what: words.searchLoad.whatCode }), 'form.search .search-panel');
    await page.unroute('**/_astro/*.js');
    await page.locator('form.search .search-panel button', { hasText: words.searchLoad.retry }).click();
    await page.locator('#header-q-results a.result-link').first().waitFor({ timeout: 10_000 });
    expect(await page.locator('#header-q-results a.result-link').first().getAttribute('href')).toBe(
      '/carriers/cricket/',
    );
    await close();
  });

  it('the header box: search code that stalls says "still trying", then gives up with 重试', async () => {
    const { page, close } = await openPage(browser(), '/about/');
    await page.waitForLoadState('networkidle');
    await page.clock.install();
    const held = await stall(page, '**/_astro/*.js');
    await page.keyboard.press('/');
    await page.keyboard.type('cricket');
    await expectStallThenRetry(
      page,
      held,
      words.searchLoad.notLoaded,
      words.searchLoad.whatCode,
      () => page.locator('#header-q-results a.result-link').first().waitFor({ timeout: 10_000 }),
      { status: 'form.search .search-status', notice: 'form.search .search-panel' },
    );
    await close();
  });

  it('the header box: search data that fails says so in the box, and 重试 fetches it again', async () => {
    const { page, close } = await openPage(browser(), '/about/');
    await page.route('**/search-data/main.json', (route) => route.abort('internetdisconnected'));
    await page.keyboard.press('/');
    await page.keyboard.type('cricket');
    await expect
      .poll(() => status(page, 'form.search .search-status'), { timeout: 10_000 })
      .toBe(words.searchLoad.notLoaded);
    await expectFailure(
      page,
      t('searchLoad.failed', { what: words.searchLoad.whatData }),
      'form.search .search-notice',
    );
    await page.unroute('**/search-data/main.json');
    await page.locator('form.search .search-notice button', { hasText: words.searchLoad.retry }).click();
    await page.locator('#header-q-results a.result-link').first().waitFor({ timeout: 10_000 });
    expect(await page.locator('#header-q-results a.result-link').first().getAttribute('href')).toBe(
      '/carriers/cricket/',
    );
    await close();
  });
});
