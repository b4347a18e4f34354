// Loaded on click from /deadline/: turns the dated events into an .ics file and downloads it.
import { buildCalendar } from '../lib/tools/ics.ts';
import type { DatedEvent } from './deadline.ts';

export function downloadCalendar(slug: string, name: string, day0: string, events: readonly DatedEvent[]): void {
  const url = `${location.origin}/deadline/?carrier=${encodeURIComponent(slug)}&date=${day0}`;
  const ics = buildCalendar(
    events.map((e, i) => ({
      uid: `${slug}-${day0}-${i}`,
      day: e.earliest,
      summary: `${name}：${e.kind}${e.latest ? `（最早；最晚 ${e.latest}）` : ''}`,
      description: `${e.text}\n第 0 天：${day0}。来源和说明：${url}`,
      url,
    })),
    new Date(),
    `${name} 号码时间表`,
  );
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  link.download = `${slug}-${day0}.ics`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
