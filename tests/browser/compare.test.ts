// /compare/ on a phone, with JavaScript off: at 320 px nothing inside <main> scrolls sideways or
// sticks out, and each cell shows its column's name; on a wide screen it is still a table.
import { expect, it } from 'vitest';
import { describeBrowser, openPage, useBrowser } from './helpers.ts';
import { COMPARE_COLUMNS } from '../../src/lib/tools/compare.ts';

describeBrowser('/compare/', () => {
  const browser = useBrowser();

  it('fits 320 px: no sideways scrolling inside <main>, cells labelled by their column', async () => {
    const opened = await openPage(browser(), '/compare/', {
      viewport: { width: 320, height: 700 },
      javaScriptEnabled: false,
    });
    const found = await opened.page.evaluate(() => {
      const main = document.querySelector('main')!;
      const width = document.documentElement.clientWidth;
      const scrolls = [main, ...main.querySelectorAll('*')]
        // Only auto and scroll let a reader scroll; the visually hidden <thead> clips instead.
        .filter((el) => el.scrollWidth > el.clientWidth && ['auto', 'scroll'].includes(getComputedStyle(el).overflowX))
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}: ${el.scrollWidth} > ${el.clientWidth}`);
      const sticksOut = [...main.querySelectorAll('*')]
        .filter((el) => el.getBoundingClientRect().right > width + 0.5)
        .map((el) => `${el.tagName.toLowerCase()} ends at ${el.getBoundingClientRect().right}`);
      const firstRow = document.querySelector('tbody tr')!;
      const labels = [...firstRow.querySelectorAll('td')].map((td) => getComputedStyle(td, '::before').content);
      return {
        scrolls,
        sticksOut,
        page: document.documentElement.scrollWidth - width,
        labels,
        display: getComputedStyle(document.querySelector('table')!).display,
      };
    });
    expect(found.scrolls).toEqual([]);
    expect(found.sticksOut.slice(0, 5)).toEqual([]);
    expect(found.page).toBeLessThanOrEqual(0);
    expect(found.labels).toEqual(COMPARE_COLUMNS.map((c) => `"${c.label}"`));
    expect(found.display).toBe('block');
    await opened.close();
  });

  it('is a table with a header row on a wide screen', async () => {
    const opened = await openPage(browser(), '/compare/', { viewport: { width: 1280, height: 800 } });
    const found = await opened.page.evaluate(() => ({
      display: getComputedStyle(document.querySelector('table')!).display,
      headerHeight: document.querySelector('thead')!.getBoundingClientRect().height,
      before: getComputedStyle(document.querySelector('tbody td')!, '::before').content,
    }));
    expect(found).toEqual({ display: 'table', headerHeight: expect.any(Number), before: 'none' });
    expect(found.headerHeight).toBeGreaterThan(20);
    expect(opened.errors).toEqual([]);
    await opened.close();
  });
});
