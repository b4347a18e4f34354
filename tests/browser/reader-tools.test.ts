// The decision helper without JavaScript, and checklist ticks that stay on this device only.
import { expect, it } from 'vitest';
import { describeBrowser, openPage, useBrowser } from './helpers.ts';
import { words } from '../words.ts';

describeBrowser('reader tools', () => {
  const browser = useBrowser();

  it('walks the decision helper with JavaScript off to the T-Mobile port-out section', async () => {
    const { page, errors, close } = await openPage(browser(), '/start/', { javaScriptEnabled: false });
    await page.getByRole('link', { name: '要保留号码' }).click();
    await page.getByRole('link', { name: '要离开美国' }).click();
    await page.waitForURL(/\/start\/keep\/leaving\/$/);
    await page.getByRole('link', { name: 'T-Mobile', exact: true }).click();
    await page.waitForURL(/\/carriers\/t-mobile\/#port-out$/);
    expect(await page.locator('#port-out').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('keeps checklist ticks across a reload and clears them with the reset button', async () => {
    const { page, errors, close } = await openPage(browser(), '/carriers/t-mobile/');
    const first = page.locator('#before-you-start ~ .checklist input, .checklist input').first();
    await first.check();
    await page.reload();
    expect(await page.locator('.checklist input').first().isChecked()).toBe(true);
    await page.getByRole('button', { name: words.checklist.reset }).click();
    expect(await page.locator('.checklist input').first().isChecked()).toBe(false);
    await page.reload();
    expect(await page.locator('.checklist input').first().isChecked()).toBe(false);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });
});
