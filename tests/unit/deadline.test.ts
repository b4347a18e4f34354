// The deadline tool's date arithmetic and its iCalendar output, parsed with ical.js.
import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { offsetLabel } from '../../src/lib/guide/labels.ts';
import { addMonths, eventDates, parseDay } from '../../src/lib/guide/timeline.ts';
import { buildCalendar, escapeText, foldLine } from '../../src/lib/tools/ics.ts';
import { t, words } from '../words.ts';

const octets = (s: string) => new TextEncoder().encode(s).length;

describe('event dates', () => {
  it('adds calendar days across month and year ends', () => {
    expect(eventDates('2026-12-20', { days: 30 })).toEqual({ earliest: '2027-01-19' });
    expect(eventDates('2026-02-27', { days: 2 })).toEqual({ earliest: '2026-03-01' });
    expect(eventDates('2028-02-28', { days: 1 })).toEqual({ earliest: '2028-02-29' });
    expect(eventDates('2026-03-08', { days: 0 })).toEqual({ earliest: '2026-03-08' });
  });
  it('adds months, clamping to the last day of shorter months, leap years included', () => {
    expect(eventDates('2026-01-31', { months: 1 })).toEqual({ earliest: '2026-02-28' });
    expect(eventDates('2028-01-31', { months: 1 })).toEqual({ earliest: '2028-02-29' });
    expect(eventDates('2026-08-31', { months: 6 })).toEqual({ earliest: '2027-02-28' });
    expect(eventDates('2026-11-15', { months: 3 })).toEqual({ earliest: '2027-02-15' });
    expect(
      addMonths(new Date(Date.UTC(2026, 0, 31)), 13)
        .toISOString()
        .slice(0, 10),
    ).toBe('2027-02-28');
  });
  it('gives both ends of a range, earliest first, in days or months', () => {
    expect(eventDates('2026-12-01', { days: 30, daysMax: 45 })).toEqual({
      earliest: '2026-12-31',
      latest: '2027-01-15',
    });
    expect(eventDates('2026-12-01', { months: 2, monthsMax: 3 })).toEqual({
      earliest: '2027-02-01',
      latest: '2027-03-01',
    });
  });
  it('never moves a day with the time zone: dates are computed in UTC', () => {
    const before = process.env.TZ;
    process.env.TZ = 'Asia/Shanghai';
    expect(eventDates('2026-12-01', { days: 1 })).toEqual({ earliest: '2026-12-02' });
    process.env.TZ = 'America/Los_Angeles';
    expect(eventDates('2026-12-01', { days: 1 })).toEqual({ earliest: '2026-12-02' });
    process.env.TZ = before;
  });
  it('rejects days that do not exist', () => {
    expect(parseDay('2026-02-30')).toBeUndefined();
    expect(parseDay('2026-2-3')).toBeUndefined();
    expect(parseDay('')).toBeUndefined();
    expect(() => eventDates('2026-13-01', { days: 1 })).toThrow(RangeError);
  });
  it('labels offsets the way the guides show them', () => {
    expect(offsetLabel({ days: 0 })).toBe(words.timeline.day0);
    expect(offsetLabel({ days: 30, daysMax: 45 })).toBe(
      t('timeline.day', { days: t('timeline.range', { from: 30, to: 45 }) }),
    );
    expect(offsetLabel({ months: 6 })).toBe(t('timeline.afterMonths', { months: 6 }));
  });
});

describe('iCalendar file', () => {
  const long =
    '停机超过 24 小时才付款：复机费单线 $5，多线 $10；到期日后第 30 天仍未付款，复机费 $15。这是一段很长的中文说明，用来检查折行。';
  const ics = buildCalendar(
    [
      {
        uid: 'cricket-1',
        day: '2026-12-01',
        summary: 'Cricket：停机',
        description: long,
        reminder: '一周后：Cricket：停机',
        url: 'https://example.org/deadline/?carrier=cricket&date=2026-12-01',
      },
      {
        uid: 'cricket-2',
        day: '2027-01-30',
        summary: 'Cricket：号码被收回, 最早',
        description: 'a;b,c\\d\n第二行',
        reminder: '一周后',
      },
    ],
    new Date('2026-11-30T12:00:00Z'),
    'Cricket 号码时间表',
  );

  it('parses with ical.js: two all-day events on the right days, each with a reminder a week before', () => {
    const cal = new ICAL.Component(ICAL.parse(ics));
    const events = cal.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.startDate.toString())).toEqual(['2026-12-01', '2027-01-30']);
    expect(events.every((e) => e.startDate.isDate)).toBe(true);
    expect(events[0]!.description).toBe(long);
    expect(events[1]!.description).toBe('a;b,c\\d\n第二行');
    expect(events[1]!.summary).toBe('Cricket：号码被收回, 最早');
    for (const v of cal.getAllSubcomponents('vevent')) {
      expect(v.getFirstSubcomponent('valarm')!.getFirstPropertyValue('trigger')!.toString()).toBe('-P7D');
    }
  });
  it('folds lines at 75 octets with CRLF and never splits a UTF-8 character', () => {
    const lines = ics.split('\r\n');
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(ics).not.toContain('\uFFFD');
  });
  it('folds a line of 3-octet characters on character boundaries', () => {
    const folded = foldLine(`DESCRIPTION:${'中'.repeat(60)}`);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(octets(p)).toBeLessThanOrEqual(75);
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(`DESCRIPTION:${'中'.repeat(60)}`);
  });
  it('escapes TEXT values as RFC 5545 requires', () => {
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne');
  });
});
