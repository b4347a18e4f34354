// The search box as a reader uses it: keyboard only, a shared ?q= link, filters, and hostile input.
import { afterAll, expect, it } from 'vitest';
import { describeBrowser, openPage, useBrowser, type OpenedPage } from './helpers.ts';
import { linePattern, t, words } from '../words.ts';

const HOSTILE = [
  '',
  '     ',
  'a'.repeat(2000),
  '📱🇺🇸💸',
  '<script>alert(1)</script>',
  '" onmouseover="alert(1)',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a hostile query, typed as written
  '.*+?^${}()|[]\\',
  'مرحبا بالعالم',
  '<img src=x onerror=alert(1)>',
];

describeBrowser('search box', () => {
  const browser = useBrowser();

  it('goes from a guide to another guide by keyboard only', async () => {
    const { page, errors, close } = await openPage(browser(), '/carriers/visible/');
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-q');
    await page.keyboard.type('cricket');
    await page.locator('#header-q-results a.result-link').first().waitFor();
    expect(await page.getAttribute('#header-q', 'aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('/carriers/cricket/');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/carriers\/cricket\/$/);
    expect(errors).toEqual([]);
    await close();
  });

  it('opens with Ctrl+K and closes with Escape', async () => {
    const { page, close } = await openPage(browser(), '/about/');
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('header-q');
    await page.keyboard.type('visible');
    await page.locator('#header-q-results a.result-link').first().waitFor();
    await page.keyboard.press('Escape');
    expect(await page.locator('.search-panel').isHidden()).toBe(true);
    await close();
  });

  it('fills the search page from ?q= and keeps the query in the address', async () => {
    const { page, errors, close } = await openPage(browser(), '/search/?q=cricket');
    // The search script fills the box from ?q= once it has loaded, which may be after the load event.
    await expect.poll(() => page.inputValue('#search-q')).toBe('cricket');
    await page.locator('#search-results a.result-link').first().waitFor();
    expect(await page.locator('#search-results a.result-link').first().getAttribute('href')).toBe('/carriers/cricket/');
    await page.fill('#search-q', 'visible');
    await expect.poll(() => page.url()).toContain('q=visible');
    expect(errors).toEqual([]);
    await close();
  });

  it('narrows results with a filter', async () => {
    const { page, close } = await openPage(browser(), '/search/?q=%E6%B3%A8%E9%94%80');
    await page.locator('#search-results li').first().waitFor();
    const total = async () =>
      Number(
        linePattern(words.search.found).exec((await page.locator('#search-status').textContent()) ?? '')?.[1] ?? NaN,
      );
    const before = await total();
    expect(before).toBeGreaterThan(5);
    // The filters are folded under one line, so they do not push the results off a phone's screen.
    expect(await page.locator('#search-filters fieldset').first().isVisible()).toBe(false);
    await page.locator('#search-filters summary').click();
    await page
      .locator(
        `#search-filters input[value="${words.kind.postpaid}"], #search-filters input[value="${words.kind.monthly}"]`,
      )
      .first()
      .check();
    await expect
      .poll(() => page.locator('#search-filters summary').textContent())
      .toMatch(new RegExp(`${t('search.filtersChosen', { n: 1 }).replace(/[()（）]/g, '\\$&')}$`));
    await expect.poll(total).toBeLessThan(before);
    await close();
  });

  // One search page for every hostile input, typed one after another as a reader (or attacker) would.
  let hostile: { opened: OpenedPage; dialogs: number } | undefined;
  afterAll(() => hostile?.opened.close());

  it.each(HOSTILE.map((q) => [q.length > 40 ? `${q.slice(0, 20)}… (${q.length} chars)` : JSON.stringify(q), q]))(
    'survives %s without errors or injected markup',
    async (_label, q) => {
      if (!hostile) {
        const state = { opened: await openPage(browser(), '/search/'), dialogs: 0 };
        state.opened.page.on('dialog', (d) => {
          state.dialogs += 1;
          void d.dismiss();
        });
        hostile = state;
      }
      const { page, errors } = hostile.opened;
      errors.length = 0;
      hostile.dialogs = 0;
      await page.fill('#search-q', q);
      await page.waitForTimeout(400);
      await expect.poll(() => page.locator('#search-status').textContent()).not.toBe(words.search.searching);
      expect(await page.locator('#search-results script, #search-results img, [onmouseover], [onerror]').count()).toBe(
        0,
      );
      expect(hostile.dialogs).toBe(0);
      const status = (await page.locator('#search-status').textContent()) ?? '';
      if (q.includes('<') && !linePattern(words.search.found).test(status)) expect(status).toContain(q.trim()); // shown as text, not markup
      expect(errors).toEqual([]);
    },
  );
});
