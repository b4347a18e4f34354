// A small iCalendar (RFC 5545) writer for the deadline tool: all-day events, each with a reminder a
// week before. Runs in the browser (loaded on click) and in unit tests; no dependencies.

export interface CalendarEvent {
  /** Stable unique id for the event, e.g. "t-mobile-2026-12-01-suspended". */
  uid: string;
  /** The calendar day, YYYY-MM-DD. */
  day: string;
  summary: string;
  description: string;
  /** What the reminder a week before says, in the reader's language. */
  reminder: string;
  url?: string;
}

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newlines are escaped in TEXT values. */
export function escapeText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * RFC 5545 §3.1: lines longer than 75 octets are folded with CRLF + one space. Folds fall between
 * characters, never inside a UTF-8 sequence, so every line stays valid UTF-8.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line may hold 75 octets; continuation lines start with a space, leaving 74.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compactDay = (day: string) => day.replace(/-/g, '');

/** The day after `day` (YYYY-MM-DD): DTEND of an all-day event is exclusive. */
function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * A VCALENDAR with one all-day VEVENT per event and a VALARM 7 days before each.
 * `stamp` is the creation time (DTSTAMP), passed in so output is reproducible in tests.
 * Lines end with CRLF, as RFC 5545 requires.
 */
export function buildCalendar(events: readonly CalendarEvent[], stamp: Date, calendarName: string): string {
  const dtstamp = stamp
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//us-sim-guide//deadline//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendarName)}`,
  ];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}@us-sim-guide`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${compactDay(e.day)}`,
      `DTEND;VALUE=DATE:${compactDay(nextDay(e.day))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      ...(e.url ? [`URL:${e.url}`] : []),
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(e.reminder)}`,
      'TRIGGER:-P7D',
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
