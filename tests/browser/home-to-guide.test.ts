// A reader on a phone: home page, types "tmobile", sees T-Mobile first under the box, presses Enter and
// lands on the T-Mobile guide (a guide's name is answered at once, so Enter opens it, not /search/).
import { expect, it } from 'vitest';
import { describeBrowser, openPage, useBrowser } from './helpers.ts';

describeBrowser('from the home page to a guide by search', () => {
  const browser = useBrowser();

  it('finds T-Mobile by typing "tmobile" at 375 px, with no console errors', async () => {
    const { page, errors, close } = await openPage(browser(), '/');
    await page.fill('#home-q', 'tmobile');
    const first = page.locator('#home-q-results li a.result-link').first();
    await first.waitFor();
    expect(await first.getAttribute('href')).toBe('/carriers/t-mobile/');
    await page.press('#home-q', 'Enter');
    await page.waitForURL(/\/carriers\/t-mobile\/$/);
    expect(await page.locator('h1').textContent()).toContain('T-Mobile');
    expect(
      await page.locator('#at-a-glance ~ .box a[href^="tel:"], #at-a-glance + div a[href^="tel:"]').count(),
    ).toBeGreaterThan(0);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });
});
