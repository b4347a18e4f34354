// Search in the Taiwan edition (/zh-tw/): the search page and the header box of its pages find the
// edition's guides, from queries in either script, its regional words, names and numbers, and open
// the same sections as the default edition's search. Its Pagefind index is the edition's own.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeBrowser, openPage, openSearchPage, useBrowser, type OpenedPage } from './helpers.ts';
import { LOCALES } from '../../src/i18n/config.ts';
import { simplifiedOnlyIn } from '../../src/lib/edition/simplified.ts';
import { settledStatus } from '../words.ts';

const { base, words } = LOCALES['zh-TW'];
const SETTLED = settledStatus(words);

/** Query → the page (or section) of the default edition that must come first; in the edition, under its base. */
const EDITION_QUERIES: [string, string][] = [
  ['tmobile', '/carriers/t-mobile/'],
  ['att', '/carriers/att/'],
  ['紫卡', '/carriers/ultra-mobile/'],
  ['GV', '/carriers/google-voice/'],
  ['攜碼', '/topics/port-out/'],
  ['携号转网', '/topics/port-out/'],
  ['攜號轉網', '/topics/port-out/'],
  ['門號 攜碼', '/topics/port-out/'],
  ['保號 儲值卡', '/card-types/number-keeping/'],
  ['8009378997', '/carriers/t-mobile/'],
  ['(800) 937-8997', '/carriers/t-mobile/'],
  ['611', '/carriers/att/'],
  ['verizon 注销', '/carriers/verizon/#cancel'],
  ['verizon 註銷', '/carriers/verizon/#cancel'],
  ['Verizon 攜碼', '/carriers/verizon/#port-out'],
  ['verizon 暂停', '/carriers/verizon/#pause'],
  ['紫卡 停機', '/carriers/ultra-mobile/#pause'],
];

/** A query in Simplified and its Traditional twin: the same first result in the edition. */
const TWINS: [string, string][] = [
  ['注销', '註銷'],
  ['余额', '餘額'],
  ['退款', '退款'],
  ['后付费', '後付費'],
  ['短信验证码', '簡訊驗證碼'],
  ['转网密码', '轉網密碼'],
];

describeBrowser('search in the Taiwan edition', () => {
  const browser = useBrowser();
  let opened: OpenedPage;
  const pagefindFiles: string[] = [];
  beforeAll(async () => {
    opened = await openSearchPage(browser(), `${base}/search/`, SETTLED);
  });
  afterAll(() => opened?.close());

  async function search(query: string) {
    const { page } = opened;
    await page.fill('#search-q', query);
    await expect.poll(() => page.locator('#search-status').textContent(), { timeout: 10_000 }).toMatch(SETTLED);
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe(query.trim());
    return page.locator('#search-results a.result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  }
  /** A full-text result's link moves to its best section when its fragment arrives; a section asked for stays. */
  const shown = (href: string | null | undefined, expected: string) =>
    expected.includes('#') ? href : href?.split('#')[0];

  it.each(EDITION_QUERIES)('%s → %s in the edition', async (query, expected) => {
    const links = await search(query);
    expect(shown(links[0], expected), `top 3: ${links.slice(0, 3).join(', ')}`).toBe(`${base}${expected}`);
    for (const href of links) expect(href?.startsWith(`${base}/`), href ?? '').toBe(true);
    expect(opened.errors).toEqual([]);
  });

  it('shows what it found in the edition’s characters', async () => {
    await search('携号转网');
    const text = (await opened.page.locator('#search-results').textContent()) ?? '';
    expect(text.length).toBeGreaterThan(0);
    expect(simplifiedOnlyIn(text)).toEqual([]);
  });

  it.each(TWINS)('%s and %s give the same first result', async (simplified, traditional) => {
    const first = (await search(simplified))[0]?.split('#')[0];
    expect(first?.startsWith(`${base}/`), first).toBe(true);
    expect((await search(traditional))[0]?.split('#')[0]).toBe(first);
  });

  it("searches the edition's own Pagefind index", async () => {
    const fresh = await openPage(browser(), `${base}/search/`);
    fresh.page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.startsWith('/pagefind/')) pagefindFiles.push(path);
    });
    await fresh.page.fill('#search-q', '余额');
    await expect.poll(() => fresh.page.locator('#search-status').textContent(), { timeout: 30_000 }).toMatch(SETTLED);
    const meta = pagefindFiles.filter((p) => p.endsWith('.pf_meta'));
    expect(meta.length).toBeGreaterThan(0);
    for (const p of meta) expect(p).toMatch(/\/pagefind\.zh-tw_[^/]+\.pf_meta$/);
    expect(pagefindFiles.filter((p) => /\/(index|fragment)\/zh-cn_/.test(p))).toEqual([]);
    expect(fresh.errors).toEqual([]);
    await fresh.close();
  });
});

describeBrowser("the header box on the edition's pages", () => {
  const browser = useBrowser();
  it.each([
    ['tmobile', '/carriers/t-mobile/'],
    ['攜碼', '/topics/port-out/'],
    ['注销', undefined],
    ['8009378997', '/carriers/t-mobile/'],
    ['verizon 暂停', '/carriers/verizon/#pause'],
  ] as const)('%s opens the edition’s page', async (query, expected) => {
    const opened = await openPage(browser(), `${base}/carriers/visible/`);
    const { page } = opened;
    await page.keyboard.press('/');
    await page.keyboard.type(query);
    const first = page.locator('#header-q-results a.result-link').first();
    // Typed a key at a time, the box shows results for the beginning ("verizon") before the whole query.
    const status = page.locator('form.search[data-live] .search-status').first();
    await expect.poll(() => status.textContent(), { timeout: 20_000 }).toMatch(SETTLED);
    if (expected) await expect.poll(() => first.getAttribute('href')).toBe(`${base}${expected}`);
    else await expect.poll(() => first.getAttribute('href')).toMatch(new RegExp(`^${base}/`));
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname.startsWith(`${base}/`) && !url.pathname.endsWith('/visible/'));
    expect(opened.errors).toEqual([]);
    await opened.close();
  });
});
