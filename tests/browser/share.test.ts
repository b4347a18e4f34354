// Sharing one step: the link opens at the step, the copy button copies exactly that URL,
// and printing hides navigation and shows the QR code.
import { expect, it } from 'vitest';
import { baseUrl, describeBrowser, openPage, useBrowser } from './helpers.ts';
import { before, words } from '../words.ts';

const GUIDE = '/carriers/t-mobile/';

describeBrowser('sharing a guide', () => {
  const browser = useBrowser();

  it('opens a shared step link scrolled to that step', async () => {
    const probe = await openPage(browser(), GUIDE);
    const stepId = await probe.page.locator('ol.steps li[id]').last().getAttribute('id');
    await probe.close();
    const { page, errors, close } = await openPage(browser(), `${GUIDE}#${stepId}`);
    const inView = await page.evaluate((id) => {
      const r = document.getElementById(id!)!.getBoundingClientRect();
      return r.top >= 0 && r.top < window.innerHeight;
    }, stepId);
    expect(inView).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('copies the exact URL of a step to the clipboard and says so', async () => {
    const { page, errors, close } = await openPage(browser(), GUIDE);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const step = page.locator('ol.steps li[id]').first();
    const id = await step.getAttribute('id');
    const button = step.locator('button.copy-link');
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.focus();
    await page.keyboard.press('Enter');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`${baseUrl}${GUIDE}#${id}`);
    await expect.poll(() => page.locator('.copy-status').textContent()).toContain(before(words.share.copied));
    expect(errors).toEqual([]);
    await close();
  });

  it('prints without header, search or buttons, with the address and a QR code', async () => {
    const { page, close } = await openPage(browser(), GUIDE);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.site').isVisible()).toBe(false);
    expect(await page.locator('form.search').first().isVisible()).toBe(false);
    expect(await page.locator('button:visible').count()).toBe(0);
    const qr = page.locator('.print-qr img');
    expect(await qr.isVisible()).toBe(true);
    await expect
      .poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), { timeout: 10_000 })
      .toBe(true);
    expect(await page.locator('.print-qr figcaption').textContent()).toContain(GUIDE);
    await close();
  });
});
