// The number-loss deadline tool as a reader uses it: a shared link opens filled in with the same dates,
// the .ics downloads and parses, the page works without JavaScript, and readers already abroad find
// their branch of /start/ with JavaScript off.
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import ICAL from 'ical.js';
import { describeBrowser, openPage, useBrowser } from './helpers.ts';
import { t, words } from '../words.ts';
import { carriers } from '../site/dist.ts';
import { eventDates } from '../../src/lib/guide/timeline.ts';
import type { ActiveCarrier } from '../../src/schemas/index.ts';

const cricket = carriers().find((c) => c.slug === 'cricket')!.data as ActiveCarrier;
const DAY0 = '2026-12-01';
const expected = cricket.stopPaying.timeline
  .map((e) => eventDates(DAY0, e))
  .sort((a, b) => a.earliest.localeCompare(b.earliest));

describeBrowser('deadline tool', () => {
  const browser = useBrowser();

  it('opens a shared ?carrier=&date= link filled in, with the dates the data gives, earliest first', async () => {
    const { page, errors, close } = await openPage(browser(), `/deadline/?carrier=cricket&date=${DAY0}`, {
      timezoneId: 'Asia/Shanghai',
    });
    await page.locator('#dl-result li').first().waitFor();
    expect(await page.inputValue('#dl-carrier')).toBe('cricket');
    expect(await page.inputValue('#dl-date')).toBe(DAY0);
    const shown = await page.locator('#dl-result li > strong:first-child').allTextContents();
    expect(shown).toEqual(
      expected.map((d) => (d.latest ? t('deadline.range', { earliest: d.earliest, latest: d.latest }) : d.earliest)),
    );
    expect(await page.locator('#dl-from').textContent()).toContain(words.timelineFrom['due-date']);
    expect(errors).toEqual([]);
    await close();
  });

  it('recomputes when the reader picks another carrier and date, and keeps them in the address', async () => {
    const { page, errors, close } = await openPage(browser(), '/deadline/');
    await page.selectOption('#dl-carrier', 'mint');
    await page.fill('#dl-date', '2027-01-31');
    await page.getByRole('button', { name: '算出日期' }).click();
    await page.locator('#dl-result li').first().waitFor();
    expect(new URL(page.url()).search).toBe('?carrier=mint&date=2027-01-31');
    expect(await page.locator('#result').textContent()).toContain('2027-01-31');
    expect(errors).toEqual([]);
    await close();
  });

  it('downloads an .ics that ical.js parses: one all-day event per date, each with a reminder a week before', async () => {
    const { page, errors, close } = await openPage(browser(), `/deadline/?carrier=cricket&date=${DAY0}`, {
      acceptDownloads: true,
    });
    await page.locator('#dl-result button').waitFor();
    const before = await page.evaluate(() => performance.getEntriesByType('resource').length);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /加入日历/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`cricket-${DAY0}.ics`);
    expect(await page.evaluate(() => performance.getEntriesByType('resource').length)).toBeGreaterThan(before); // the builder loads on click
    const text = readFileSync((await download.path())!, 'utf8');
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    expect(events.map((v) => new ICAL.Event(v).startDate.toString())).toEqual(expected.map((d) => d.earliest));
    for (const v of events)
      expect(String(v.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger'))).toBe('-P7D');
    expect(errors).toEqual([]);
    await close();
  });

  it('shows every carrier’s timeline as a table with JavaScript off, and no form it could not use', async () => {
    const { page, close } = await openPage(browser(), `/deadline/?carrier=cricket&date=${DAY0}`, {
      javaScriptEnabled: false,
    });
    expect(await page.locator('#deadline-form').isVisible()).toBe(false);
    const section = page.locator('section[data-carrier="cricket"]');
    expect(await section.locator('li').count()).toBe(cricket.stopPaying.timeline.length);
    expect(await section.locator('li').first().isVisible()).toBe(true);
    await close();
  });

  it('gives readers already abroad a branch on /start/ that works with JavaScript off', async () => {
    const { page, errors, close } = await openPage(browser(), '/start/', { javaScriptEnabled: false });
    await page.getByRole('link', { name: '要保留号码' }).click();
    await page.getByRole('link', { name: '已经在国外了' }).click();
    await page.waitForURL(/\/start\/keep\/abroad\/$/);
    await page.getByRole('link', { name: '人在国外怎么办' }).click();
    await page.waitForURL(/\/topics\/from-abroad\/$/);
    expect(errors).toEqual([]);
    await close();
  });

  it('draws the timeline inside the page at 320 px', async () => {
    const { page, close } = await openPage(browser(), '/carriers/cricket/#stop-paying', {
      viewport: { width: 320, height: 700 },
    });
    const box = await page.locator('ol.timeline').first().boundingBox();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    const dot = await page
      .locator('ol.timeline > li')
      .first()
      .evaluate((li) => getComputedStyle(li, '::before').borderTopWidth);
    expect(dot).toBe('3px');
    await close();
  });
});
