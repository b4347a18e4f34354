// /deadline/: reads each carrier's timeline from the table the page already shows, computes the dates
// for the reader's day 0 and keeps them in the address (?carrier=&date=) so the link can be shared.
// Nothing is stored or sent. The .ics builder loads only when the add-to-calendar button is clicked.
import words from 'virtual:ui-words/deadline';
import { fill } from '../i18n/format.ts';
import { eventDates, parseDay } from '../lib/guide/timeline.ts';

export interface DatedEvent {
  kind: string;
  earliest: string;
  latest?: string;
  /** The event as the table shows it (offset, kind, text, sources, portability). */
  item: HTMLLIElement;
  text: string;
}

const num = (v: string | undefined) => (v === undefined || v === '' ? undefined : Number(v));

/** Dated events of one carrier's table section for day 0 (YYYY-MM-DD), earliest first. */
export function datedEvents(section: HTMLElement, day0: string): DatedEvent[] {
  return [...section.querySelectorAll<HTMLLIElement>('li[data-kind]')]
    .map((item) => {
      const d = item.dataset;
      const dates = eventDates(day0, {
        days: num(d.days),
        daysMax: num(d.daysMax),
        months: num(d.months),
        monthsMax: num(d.monthsMax),
      });
      return { kind: d.kind!, ...dates, item, text: item.querySelector('.dl-text')!.textContent! };
    })
    .sort((a, b) => a.earliest.localeCompare(b.earliest));
}

export function initDeadline(): void {
  const form = document.getElementById('deadline-form') as HTMLFormElement;
  const select = form.elements.namedItem('carrier') as HTMLSelectElement;
  const input = form.elements.namedItem('date') as HTMLInputElement;
  const fromLabel = document.getElementById('dl-from')!;
  const result = document.getElementById('dl-result')!;
  const syncLabel = () =>
    (fromLabel.textContent = fill(words.day0, { day0: select.selectedOptions[0]?.dataset.from ?? '' }));

  const show = () => {
    const slug = select.value;
    const day0 = input.value;
    const section = document.querySelector<HTMLElement>(`.dl-carrier[data-carrier="${CSS.escape(slug)}"]`);
    if (!section || !parseDay(day0)) return;
    history.replaceState(null, '', `?carrier=${encodeURIComponent(slug)}&date=${day0}`);
    const name = section.dataset.name!;
    const events = datedEvents(section, day0);
    result.querySelector('h2')!.textContent = fill(words.heading, { name, day0 });
    result.querySelector('ol')!.replaceChildren(
      ...events.map((e) => {
        const li = e.item.cloneNode(true) as HTMLLIElement;
        const when = document.createElement('strong');
        when.textContent = e.latest ? fill(words.range, { earliest: e.earliest, latest: e.latest }) : e.earliest;
        li.prepend(when, document.createElement('br'));
        return li;
      }),
    );
    result.querySelector('button')!.onclick = async () => {
      const { downloadCalendar } = await import('./deadline-ics.ts');
      downloadCalendar(slug, name, day0, events);
    };
    result.hidden = false;
  };

  const params = new URLSearchParams(location.search);
  const wanted = params.get('carrier');
  if (wanted && [...select.options].some((o) => o.value === wanted)) select.value = wanted;
  const date = params.get('date');
  if (date && parseDay(date)) input.value = date;
  syncLabel();
  select.addEventListener('change', syncLabel);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    show();
  });
  form.hidden = false;
  if (input.value) show();
}
