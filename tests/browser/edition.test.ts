// The Traditional edition as a reader uses it: the language switch keeps the place and the search,
// and the tools (decision helper, deadline tool with its .ics, checklists, copy links, phone scripts,
// print) work in Traditional and stay in /zh-tw/.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { LOCALES } from '../../src/i18n/config.ts';
import { simplifiedOnlyIn } from '../../src/lib/edition/simplified.ts';
import { describeBrowser, openPage, useBrowser } from './helpers.ts';

const TW = LOCALES['zh-TW'].words;

/** What the reader sees, without text marked as another language (quotes keep their own script). */
const visibleText = (page: Page) =>
  page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const el of body.querySelectorAll('[lang]:not([lang="zh-TW"]), script, style, template')) el.remove();
    return body.textContent ?? '';
  });

describeBrowser('the Traditional edition', () => {
  const browser = useBrowser();

  it('switches language on the same section, and back', async () => {
    const { page, errors, close } = await openPage(browser(), '/carriers/t-mobile/#port-out');
    await page.getByRole('link', { name: '繁體中文' }).click();
    await page.waitForURL(/\/zh-tw\/carriers\/t-mobile\/#port-out$/);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-TW');
    await page.getByRole('link', { name: '简体中文' }).click();
    await page.waitForURL(/\/carriers\/t-mobile\/#port-out$/);
    expect(new URL(page.url()).pathname).toBe('/carriers/t-mobile/');
    expect(errors).toEqual([]);
    await close();
  });

  it('switches language on the search page with the words searched', async () => {
    const { page, errors, close } = await openPage(browser(), '/search/?q=att');
    await page.fill('#search-q', '携号转网');
    await page.getByRole('link', { name: '繁體中文' }).click();
    await page.waitForURL(/\/zh-tw\/search\/\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('携号转网');
    expect(await page.inputValue('#search-q')).toBe('携号转网');
    expect(errors).toEqual([]);
    await close();
  });

  it('without JavaScript the switch still opens the same page', async () => {
    const { page, close } = await openPage(browser(), '/zh-tw/carriers/att/', { javaScriptEnabled: false });
    await page.getByRole('link', { name: '简体中文' }).click();
    await page.waitForURL(/\/carriers\/att\/$/);
    expect(new URL(page.url()).pathname).toBe('/carriers/att/');
    await close();
  });

  it('walks the decision helper with JavaScript off, staying in the edition', async () => {
    const { page, errors, close } = await openPage(browser(), '/zh-tw/start/', { javaScriptEnabled: false });
    await page.getByRole('link', { name: '要保留號碼' }).click();
    await page.getByRole('link', { name: '要離開美國' }).click();
    await page.waitForURL(/\/zh-tw\/start\/keep\/leaving\/$/);
    await page.getByRole('link', { name: 'T-Mobile', exact: true }).click();
    await page.waitForURL(/\/zh-tw\/carriers\/t-mobile\/#port-out$/);
    expect(await page.locator('#port-out').isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  it('computes deadlines in Traditional and downloads an .ics in Traditional', async () => {
    const { page, errors, close } = await openPage(browser(), '/zh-tw/deadline/?carrier=cricket&date=2026-12-01', {
      acceptDownloads: true,
    });
    await page.locator('#dl-result li').first().waitFor();
    expect(simplifiedOnlyIn(await visibleText(page))).toEqual([]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#dl-result button').first().click(),
    ]);
    const ics = readFileSync((await download.path())!, 'utf8');
    expect(ics).toContain('BEGIN:VEVENT');
    expect(simplifiedOnlyIn(ics)).toEqual([]);
    expect(ics).toContain('/zh-tw/');
    expect(errors).toEqual([]);
    await close();
  });

  it('keeps checklist ticks and copies step links of the edition', async () => {
    const { page, errors, close } = await openPage(browser(), '/zh-tw/carriers/t-mobile/', {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    await page.locator('.checklist input').first().check();
    await page.reload();
    expect(await page.locator('.checklist input').first().isChecked()).toBe(true);
    await page.getByRole('button', { name: TW.checklist.reset }).click();
    expect(await page.locator('.checklist input').first().isChecked()).toBe(false);
    await page.locator('ol.steps > li[id] button.copy-link').first().click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).pathname).toBe('/zh-tw/carriers/t-mobile/');
    expect(await page.locator('.copy-status').textContent()).toContain(TW.share.copied.split('{')[0]!);
    expect(simplifiedOnlyIn(await visibleText(page))).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it('prints a phone script and a guide in Traditional, with the edition’s own address', async () => {
    const { page, errors, close } = await openPage(browser(), '/zh-tw/carriers/att/script/');
    expect(simplifiedOnlyIn(await visibleText(page))).toEqual([]);
    await page.goto(page.url().replace('/script/', '/'));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('header.site').isVisible()).toBe(false);
    const qr = page.locator('.print-qr img').first();
    await expect
      .poll(() => qr.evaluate((img: HTMLImageElement) => img.currentSrc))
      .toContain('/zh-tw/qr/carriers/att.svg');
    expect(await page.locator('.print-qr figcaption').textContent()).toContain('/zh-tw/carriers/att/');
    expect(errors).toEqual([]);
    await close();
  });

  it('shows the comparison table in Traditional', async () => {
    const { page, errors, close } = await openPage(browser(), '/zh-tw/compare/');
    expect(await page.locator('table').count()).toBeGreaterThan(0);
    expect(simplifiedOnlyIn(await visibleText(page))).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });
});
