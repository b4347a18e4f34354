// 原文 prints open: with print media emulated, every quote on the T-Mobile guide is visible, though the
// <details> stay closed on screen.
import { expect, it } from 'vitest';
import { describeBrowser, openPage, useBrowser } from './helpers.ts';

const GUIDE = '/carriers/t-mobile/';

describeBrowser('原文 in print', () => {
  const browser = useBrowser();

  it('shows every 原文 on the T-Mobile guide when printed, and none on screen until opened', async () => {
    const { page, errors, close } = await openPage(browser(), GUIDE);
    const quotes = page.locator('details.q blockquote');
    const count = await quotes.count();
    expect(count).toBeGreaterThan(5);
    expect(await quotes.first().isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    const hidden: string[] = [];
    for (let i = 0; i < count; i++) {
      const q = quotes.nth(i);
      const box = await q.boundingBox();
      if (!(await q.isVisible()) || !box || box.height === 0) hidden.push((await q.textContent()) ?? '');
    }
    expect(hidden).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});
