// Loaded on click from /deadline/: turns the dated events into an .ics file and downloads it.
import words from 'virtual:ui-words/calendar';
import { fill } from '../i18n/format.ts';
import { buildCalendar } from '../lib/tools/ics.ts';
import type { DatedEvent } from './deadline.ts';

export function downloadCalendar(slug: string, name: string, day0: string, events: readonly DatedEvent[]): void {
  // This page's own address: /deadline/ or an edition's /zh-tw/deadline/.
  const url = `${location.origin}${location.pathname}?carrier=${encodeURIComponent(slug)}&date=${day0}`;
  const ics = buildCalendar(
    events.map((e, i) => {
      const summary =
        fill(words.eventSummary, { name, kind: e.kind }) +
        (e.latest ? fill(words.eventRange, { latest: e.latest }) : '');
      return {
        uid: `${slug}-${day0}-${i}`,
        day: e.earliest,
        summary,
        description: fill(words.eventDescription, { text: e.text, day0, url }),
        reminder: fill(words.reminder, { summary }),
        url,
      };
    }),
    new Date(),
    fill(words.calendarName, { name }),
  );
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  link.download = `${slug}-${day0}.ics`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
