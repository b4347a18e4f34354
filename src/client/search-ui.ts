// Search results for the header box and the search page, loaded on first use.
// Pagefind's own files are fetched only when the first query runs.
import words from 'virtual:ui-words/search';
import loadWords from 'virtual:ui-words/searchLoad';
import { fill } from '../i18n/format.ts';
import { PAGEFIND_OPTIONS } from '../lib/search/ranking.ts';
import {
  lookupNumber,
  PAGES_FILE,
  partsFor,
  foldChars,
  toSiteWords,
  type SEARCH_DATA_PARTS,
  type NumberListing,
  type PageRef,
  type PageRefs,
  type SearchData,
} from '../lib/search/data.ts';
import { matchQuery, matchTask, namedGuides, normalizeQuery, type NameMatch } from '../lib/search/match.ts';
import { limited, problemLine } from './search-network.ts';
import { sitePath } from './site-path.ts';

interface PagefindSubResult {
  url: string;
  excerpt: string;
  weighted_locations?: { weight: number }[];
}
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  /** One per heading with an id (and one for the text before the first): where on the page the query is. */
  sub_results?: PagefindSubResult[];
}
interface PagefindResult {
  /** The page's id, as in /search-data/pages.json (PageRefs). */
  id: string;
  /** Fetches the page's fragment (5–20 kB): its URL, title and the excerpt for this query. */
  data(): Promise<PagefindResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
}
type Filters = Record<string, { any: string[] }>;
interface Pagefind {
  options(o: typeof PAGEFIND_OPTIONS): Promise<void>;
  /** Loads the engine's WebAssembly and the index's metadata; search() does it on first use. */
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string | null, o?: { filters?: Filters }): Promise<PagefindSearch | null>;
}

export const MAX_QUERY = 200;

let pagefind: Promise<Pagefind> | undefined;
let pageRefs: Promise<PageRefs> | undefined;
/** Each retry imports Pagefind afresh under a new URL: a new instance, with nothing of the failed one cached. */
let pagefindAttempt = 0;
/** Requests to /pagefind/ (other than fragments) that failed: Pagefind drops a failed index chunk and answers without it. */
let pagefindFailures = 0;
const searchData: Partial<Record<keyof typeof SEARCH_DATA_PARTS, Promise<Partial<SearchData>>>> = {};

/**
 * The search data the query needs, each part fetched once (see SEARCH_DATA_PARTS), with the network
 * limits; when one part fails or stalls, none is kept, so a retry fetches again.
 */
async function loadSearchData(query: string, onSlow: () => void): Promise<SearchData> {
  const parts = partsFor(query);
  try {
    const loaded = await limited(
      Promise.all(
        parts.map(
          (part) =>
            (searchData[part] ??= fetch(sitePath(`/search-data/${part}.json`)).then((r) =>
              r.ok ? (r.json() as Promise<Partial<SearchData>>) : Promise.reject(new Error(r.statusText)),
            )),
        ),
      ),
      onSlow,
    );
    return Object.assign({ numbers: {}, chars: {}, regional: {}, phrases: {} }, ...loaded) as SearchData;
  } catch (error) {
    for (const part of parts) delete searchData[part];
    throw error;
  }
}

/**
 * Pagefind's result ids → pages, fetched once with Pagefind for the first full-text search; empty
 * where the build wrote none (`npm run dev`) or it failed: results then take their titles from fragments.
 */
function loadPageRefs(): Promise<PageRefs> {
  pageRefs ??= fetch(sitePath(`/${PAGES_FILE}`))
    .then((r) => (r.ok ? (r.json() as Promise<PageRefs>) : {}))
    .catch(() => ({}));
  return pageRefs;
}

/** Counts Pagefind's failed requests (see pagefindFailures); installed with the first import of Pagefind. */
function watchPagefindRequests() {
  const original = window.fetch.bind(window);
  window.fetch = (input, init) => {
    // Pagefind asks with a string URL; fragments are only excerpts, which a result can do without.
    const counted = /\/pagefind\/(?!fragment\/)/.test(String(input));
    const response = original(input, init);
    if (counted)
      response.then(
        (r) => void (r.ok || pagefindFailures++),
        () => pagefindFailures++,
      );
    return response;
  };
}

export function loadPagefind(): Promise<Pagefind> {
  if (pagefind) return pagefind;
  if (!pagefindAttempt) watchPagefindRequests();
  // A runtime URL: the bundler must neither resolve nor wrap Pagefind, which exists only after the build.
  const url = new URL(`/pagefind/pagefind.js${pagefindAttempt ? `?retry=${pagefindAttempt}` : ''}`, location.href).href;
  const loading: Promise<Pagefind> = import(/* @vite-ignore */ url).then(async (pf: Pagefind) => {
    await pf.options(PAGEFIND_OPTIONS);
    return pf;
  });
  pagefind = loading;
  loading.catch(() => forgetPagefind(loading));
  return loading;
}

/** Drops a Pagefind that failed or stalled (if it is still the current one): the next query imports a new one. */
function forgetPagefind(failed: Promise<Pagefind>) {
  if (pagefind !== failed) return;
  pagefind = undefined;
  pagefindAttempt++;
}

/**
 * A full-text search with the network limits: Pagefind's import, its WebAssembly, the index chunks
 * the query needs and the result map. Rejects when any of them fails (or, with limited(), stalls past
 * GIVE_UP_MS), and drops that Pagefind and result map so a retry starts again.
 */
async function searchFullText(
  text: string,
  filters: Filters,
  onSlow: () => void,
): Promise<[PagefindSearch | null, PageRefs]> {
  const failuresBefore = pagefindFailures;
  const loading = loadPagefind();
  try {
    const found = await limited(
      Promise.all([loading.then((pf) => pf.search(text || null, { filters })), loadPageRefs()]),
      onSlow,
    );
    if (pagefindFailures > failuresBefore) throw new Error('failed');
    return found;
  } catch (error) {
    forgetPagefind(loading);
    pageRefs = undefined;
    throw error;
  }
}

/**
 * The section of a page where the query is: the sub-result (one per heading) with the most weight,
 * or the page itself when the query is only above the first heading.
 */
export function bestSection(r: PagefindResultData): { url: string; excerpt: string } {
  const weight = (s: PagefindSubResult) => (s.weighted_locations ?? []).reduce((sum, l) => sum + l.weight, 0);
  let best: PagefindSubResult | undefined;
  for (const sub of r.sub_results ?? [])
    if (sub.url.includes('#') && weight(sub) > 0 && (!best || weight(sub) > weight(best))) best = sub;
  return best ?? { url: r.url, excerpt: r.excerpt };
}

/** Pagefind excerpts are HTML; keep only their text and <mark>, so nothing in the index can inject markup. */
export function safeExcerpt(html: string): DocumentFragment {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const out = document.createDocumentFragment();
  for (const node of parsed.body.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.append(mark);
    } else out.append(document.createTextNode(node.textContent ?? ''));
  }
  return out;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

/** Arrow keys move between the input and the result links; Escape goes back to the input. */
function keyboard(input: HTMLInputElement, list: HTMLElement, onEscape: () => void) {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a.result-link')];
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' && links().length) {
      e.preventDefault();
      links()[0]!.focus();
    } else if (e.key === 'Escape') onEscape();
  });
  list.addEventListener('keydown', (e) => {
    const all = links();
    const i = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (i < 0) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const next = e.key === 'ArrowDown' ? i + 1 : i - 1;
      if (next < 0) input.focus();
      else all[Math.min(next, all.length - 1)]!.focus();
    } else if (e.key === 'Escape') {
      input.focus();
      onEscape();
    }
  });
}

/** Results shown per step, each one Pagefind fragment (about 5 kB); the show-more button fetches the next step. */
export const SHOWN = 5;

/** Quiet time after the last keystroke before a full-text search, and before Pagefind is first loaded. */
const DEBOUNCE_MS = 150;
/**
 * Further quiet time before the shown results fetch their excerpts (one fragment each): titles come
 * from the search data at once, and a reader still typing ("t", "tm", "tmo"…) fetches no fragment.
 */
const EXCERPT_DELAY_MS = 350;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The notice shown with every number lookup: caller ID can be faked, so a call from a listed number proves nothing. */
const CALLER_ID_WARNING = words.callerIdWarning;

interface Shown {
  url: string;
  title: string;
  kind?: string;
  ended?: string;
  /** Excerpt HTML from Pagefind, or plain lines written here. */
  excerpt?: string;
  lines?: string[];
}

function resultItem(r: Shown): HTMLLIElement {
  return el(
    'li',
    {},
    el('a', { href: r.url, className: 'result-link' }, r.title),
    ...[r.kind, r.ended].filter((b): b is string => !!b).flatMap((b) => [' ', el('span', { className: 'badge' }, b)]),
    ...(r.excerpt !== undefined ? [el('p', { className: 'excerpt' }, safeExcerpt(r.excerpt))] : []),
    ...(r.lines ?? []).map((line) => el('p', { className: 'excerpt' }, line)),
  );
}

/** Title, kind and label from the search data; a Pagefind result only adds its excerpt. */
function shownFromData(data: SearchData, guide: number, heading?: string): Shown {
  const { url, title, kind, ended } = data.guides[guide]!;
  return { url, title, kind: heading ?? kind, ended };
}

/** A Pagefind result shown from the search data alone; undefined when the data does not know the page. */
function shownFromRef(data: SearchData, ref: PageRef | undefined): Shown | undefined {
  if (ref === undefined) return undefined;
  return typeof ref === 'number' ? shownFromData(data, ref) : { url: ref[0], title: ref[1] };
}

function shownFromPagefind(data: SearchData, r: PagefindResultData): Shown {
  const guide = data.guides.findIndex((g) => g.url === r.url);
  return guide >= 0
    ? { ...shownFromData(data, guide), excerpt: r.excerpt }
    : { url: r.url, title: r.meta.title ?? r.url, excerpt: r.excerpt };
}

/** Every guide that lists the number, one line per listing, in the order of the guides. */
function numberResults(data: SearchData, listings: NumberListing[]): Shown[] {
  const byGuide = new Map<number, string[]>();
  for (const [guide, label, official, display] of listings) {
    const lines = byGuide.get(guide) ?? [];
    lines.push(
      fill(words.numberLine, { label, display, source: official ? words.officialSource : words.thirdPartySource }),
    );
    byGuide.set(guide, lines);
  }
  return [...byGuide].map(([guide, lines]) => ({ ...shownFromData(data, guide), lines }));
}

/** The notice for a near miss shown (or searched) as the name it is nearest to. */
function correction(match: NameMatch, query: string, how: 'shownAs' | 'searchedAs'): HTMLElement[] {
  return match.kind === 'near' && match.corrected !== query
    ? [el('p', {}, words.correctedBefore, el('strong', {}, match.corrected), words[how])]
    : [];
}

function guideLinks(data: SearchData, guides: number[]): (Node | string)[] {
  return guides.flatMap((g, i) => [
    ...(i ? [words.listSeparator] : []),
    el('a', { href: data.guides[g]!.url, className: 'suggestion' }, data.guides[g]!.title),
  ]);
}

export interface SearchTarget {
  input: HTMLInputElement;
  list: HTMLOListElement;
  status: HTMLElement;
  /** Shown when there are no results: the A–Z list and common carriers. */
  empty?: HTMLElement;
  /** The search page keeps ?q= in the address so a search can be shared. */
  syncUrl?: boolean;
  filters?: HTMLElement;
  onEscape?: () => void;
  /**
   * After answering a query from the search data alone, load Pagefind's engine (script and
   * WebAssembly, no index) in idle time, so the full-text button and the next query need only the index.
   * The search page does; the header box, which readers use to jump to a guide, does not.
   */
  warmEngine?: boolean;
}

export function attachSearch(t: SearchTarget) {
  let selected: Filters = {};
  let generation = 0;
  // A number warning, an unknown-number notice or a "did you mean" line, above the results.
  const notice = el('div', { className: 'search-notice' });
  notice.hidden = true;
  t.list.before(notice);
  const more = el('button', { type: 'button', className: 'more' }, words.more);
  more.hidden = true;
  // Shown under an answer from the names alone: every page that mentions the query, on demand.
  const fullText = el('button', { type: 'button', className: 'more' });
  fullText.hidden = true;
  t.list.after(fullText, more);
  fullText.addEventListener('click', () => void run(true));
  let showMore: (() => Promise<void>) | undefined;
  more.addEventListener('click', () => void showMore?.());

  /** "Still trying" on the status line, if this search is still the latest. */
  const slow = (mine: number) => () => {
    if (mine === generation) t.status.textContent = loadWords.stillTrying;
  };
  const say = (status: string, ...noticeContent: (Node | string)[]) => {
    t.status.textContent = status;
    notice.replaceChildren(...noticeContent);
    notice.hidden = noticeContent.length === 0;
  };
  const show = (shown: Shown[]): HTMLLIElement[] => {
    const items = shown.map(resultItem);
    t.list.replaceChildren(...items);
    if (t.empty) t.empty.hidden = items.length > 0;
    return items;
  };

  /** Why `what` did not load, with a retry of this search (which loads again) and the A–Z list. */
  const failure = (error: unknown, what: string, full: boolean) =>
    problemLine(error, what, () => {
      t.input.focus(); // the notice is replaced, and the header box stays open while its input has focus
      void run(full);
    });

  /**
   * Search for what is in the box. A query that is a guide's name or web address, whole, is answered
   * from the search data (no Pagefind: about 4 kB instead of 60–150 kB), with a button for the full
   * text; `full` (that button, or submitting the search page) searches the full text regardless.
   * So is a carrier's name with a task word ("verizon" and the word for pause): it opens that section.
   */
  async function run(full = false) {
    const mine = ++generation;
    const typed = t.input.value.slice(0, MAX_QUERY).trim();
    if (t.syncUrl) {
      const url = new URL(location.href);
      if (typed) url.searchParams.set('q', typed);
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
    }
    const asTyped = normalizeQuery(typed);
    const filtering = Object.keys(selected).length > 0;
    more.hidden = true;
    fullText.hidden = true;
    if (!asTyped && !filtering) {
      show([]);
      say('');
      return;
    }
    t.status.textContent = words.searching;
    let data: SearchData;
    try {
      data = await loadSearchData(asTyped, slow(mine));
    } catch (error) {
      if (mine !== generation) return;
      show([]);
      if (t.empty) t.empty.hidden = true;
      say(loadWords.notLoaded, failure(error, loadWords.whatData, full));
      return;
    }
    if (mine !== generation) return;

    const listings = lookupNumber(asTyped, data);
    if (listings) {
      const results = numberResults(data, listings);
      show(results);
      if (results.length)
        say(
          fill(words.numberFound, { n: results.length, query: asTyped }),
          el('p', { className: 'warn' }, CALLER_ID_WARNING),
        );
      else {
        say(
          fill(words.numberNone, { query: asTyped }),
          el('p', { className: 'warn' }, words.numberUnlisted),
          el(
            'p',
            {},
            words.scamsBefore,
            el('a', { href: sitePath('/topics/scams/') }, words.scamsLink),
            words.scamsAfter,
          ),
        );
      }
      return;
    }

    // Words of Taiwan and Hong Kong (content/terms.yaml) are searched as the site writes them.
    const simplified = foldChars(asTyped, data.chars);
    const siteWords = toSiteWords(simplified, data.regional);
    const query = siteWords === simplified ? asTyped : siteWords;
    const regional =
      query !== asTyped ? [el('p', {}, words.siteWordsBefore, el('strong', {}, query), words.searchedAs)] : [];

    const task = filtering || full ? undefined : matchTask(query, data);
    if (task) {
      const [section, heading] = data.tasks.sections[task.section]!;
      // The section's heading where the kind of card is shown otherwise.
      show(task.guides.map((g) => ({ ...shownFromData(data, g, heading), url: `${data.guides[g]!.url}#${section}` })));
      fullText.textContent = fill(words.fullText, { query: asTyped });
      fullText.hidden = false;
      say(fill(words.sectionsFound, { n: task.guides.length }), ...regional);
      warm();
      return;
    }

    const match = filtering ? undefined : matchQuery(query, data);
    const named = match?.whole && match.kind !== 'suggest' ? namedGuides(query, match, data) : undefined;
    if (match && named && !full) {
      show(named.map((g) => shownFromData(data, g)));
      fullText.textContent = fill(words.fullText, { query: match.kind === 'near' ? match.corrected : asTyped });
      fullText.hidden = false;
      say(fill(words.namesFound, { n: named.length }), ...regional, ...correction(match, query, 'shownAs'));
      warm();
      return;
    }
    await pause(DEBOUNCE_MS);
    if (mine !== generation) return; // a newer keystroke superseded this search
    showFilters();
    const pinned = named ?? (match && match.kind !== 'suggest' ? match.guides : []);
    // The index is in the edition's script: the query is searched in its characters, and in a derived
    // edition with the words as it prints them (phrases).
    const text = toSiteWords(foldChars(match?.kind === 'near' ? match.corrected : query, data.chars), data.phrases);
    let search: PagefindSearch | null;
    let pages: PageRefs;
    try {
      [search, pages] = await searchFullText(text, selected, slow(mine));
    } catch (error) {
      if (mine !== generation) return;
      // Names are still answered without the full text.
      show(pinned.map((g) => shownFromData(data, g)));
      if (t.empty) t.empty.hidden = true;
      say(
        pinned.length ? fill(words.namesFound, { n: pinned.length }) : loadWords.fullTextNotLoaded,
        failure(error, loadWords.whatFullText, full),
      );
      return;
    }
    if (!search || mine !== generation) return;

    const guideOf = (r: PagefindResult) => {
      const ref = pages[r.id];
      return typeof ref === 'number' ? ref : undefined;
    };
    const guideResults = new Map(
      search.results.flatMap((r) => (guideOf(r) === undefined ? [] : [[guideOf(r)!, r] as const])),
    );
    const rest = search.results.filter((r) => !pinned.includes(guideOf(r) ?? -1));
    interface Row {
      shown?: Shown;
      result?: PagefindResult;
      /** A guide the whole query names ("att", Enter): the reader asked for the guide, not one of its sections. */
      wholePage?: boolean;
    }
    let taken = 0;
    const take = (n: number): Row[] => {
      const rows = rest
        .slice(taken, taken + n)
        .map((result) => ({ shown: shownFromRef(data, pages[result.id]), result }));
      taken += rows.length;
      more.hidden = taken >= rest.length;
      return rows;
    };
    /**
     * Rows the search data cannot name (no `pages`, as in `npm run dev`) wait for their fragment; one
     * that turns out to be a pinned guide is dropped, as `rest` drops it when `pages` is known.
     */
    const pinnedUrls = new Set(pinned.map((g) => data.guides[g]!.url));
    const withTitles = async (rows: Row[], keepPinned = false): Promise<(Row & { shown: Shown })[]> =>
      (
        await Promise.all(
          rows.map(async (r) => {
            if (r.shown) return { ...r, shown: r.shown };
            const fragment = await r.result!.data().catch(() => undefined);
            return fragment ? { ...r, shown: shownFromPagefind(data, fragment) } : undefined;
          }),
        )
      ).filter((r): r is Row & { shown: Shown } => !!r && (keepPinned || !pinnedUrls.has(r.shown.url)));
    /**
     * Excerpts for the rows shown, after EXCERPT_DELAY_MS unless the reader asked (button, Enter, show more),
     * and each link moved to the section where the query is. A fragment that fails leaves its row as it is.
     */
    const addExcerpts = async (rows: Row[], items: HTMLLIElement[], now: boolean) => {
      if (!now) await pause(EXCERPT_DELAY_MS);
      await Promise.all(
        rows.map(async (row, i) => {
          if (mine !== generation || !row.result) return;
          const fragment = await row.result.data().catch(() => undefined);
          if (!fragment || mine !== generation) return;
          const best = bestSection(fragment);
          const link = items[i]!.querySelector<HTMLAnchorElement>('a.result-link')!;
          if (!row.wholePage && best.url.split('#')[0] === link.pathname) link.href = best.url;
          if (row.shown?.excerpt === undefined)
            items[i]!.append(el('p', { className: 'excerpt' }, safeExcerpt(best.excerpt)));
        }),
      );
    };
    // The named guides stay first; the rest fill the step, at least three of them.
    const firstRows = [
      ...(await withTitles(
        pinned.map((g) => ({ shown: shownFromData(data, g), result: guideResults.get(g), wholePage: match?.whole })),
        true,
      )),
      ...(await withTitles(take(Math.max(3, SHOWN - pinned.length)))),
    ];
    if (mine !== generation) return;
    const items = show(firstRows.map((r) => r.shown));
    void addExcerpts(firstRows, items, full);
    showMore = async () => {
      const rows = await withTitles(take(SHOWN));
      if (mine !== generation) return;
      const added = rows.map((r) => resultItem(r.shown));
      t.list.append(...added);
      void addExcerpts(rows, added, true);
    };
    const total = rest.length + pinned.length;
    const status = firstRows.length
      ? fill(words.found, { n: total })
      : query
        ? fill(words.none, { query: asTyped })
        : words.noneFiltered;
    if (match?.kind === 'suggest')
      say(status, ...regional, el('p', {}, words.suggestBefore, ...guideLinks(data, match.guides), words.suggestAfter));
    else say(status, ...regional, ...(match ? correction(match, query, 'searchedAs') : []));
  }

  /** The search page loads Pagefind's engine in idle time after an answer from the search data (see warmEngine). */
  function warm() {
    if (!t.warmEngine) return;
    (window.requestIdleCallback ?? setTimeout)(() => {
      const loading = loadPagefind();
      limited(loading.then((pf) => pf.init())).catch(() => forgetPagefind(loading));
    });
  }

  // Filters appear with the first full-text search, not at page load, so nothing shifts under a reader
  // who has not typed yet (Lighthouse counted that as layout shift), and a number lookup loads no Pagefind.
  let filtersShown = false;
  function showFilters() {
    if (!t.filters || filtersShown) return;
    filtersShown = true;
    renderFilters(t.filters, (f) => {
      selected = f;
      void run();
    }).catch(() => {
      filtersShown = false; // shown with the next full-text search that loads
    });
  }

  t.input.addEventListener('input', () => void run());
  t.input.form?.addEventListener('submit', (e) => {
    const first = t.list.querySelector<HTMLAnchorElement>('a.result-link');
    if (!t.syncUrl && first) {
      e.preventDefault();
      location.assign(first.href);
    } else if (t.syncUrl) {
      // Submitting the search page asks for everything: the full text, even for a guide's name.
      e.preventDefault();
      void run(true);
    }
  });
  keyboard(t.input, t.list, t.onEscape ?? (() => {}));
  return run;
}

async function renderFilters(container: HTMLElement, onChange: (f: Filters) => void) {
  const available = await (await loadPagefind()).filters();
  const boxes: HTMLInputElement[] = [];
  const read = () => {
    const f: Filters = {};
    for (const b of boxes.filter((x) => x.checked)) {
      const chosen = f[b.name] ?? { any: [] };
      chosen.any.push(b.value);
      f[b.name] = chosen;
    }
    onChange(f);
  };
  const names = Object.keys(available).join(words.listSeparator);
  const summary = el('summary', {}, words.filters, names);
  const count = () => {
    const n = boxes.filter((b) => b.checked).length;
    summary.replaceChildren(words.filters, names, ...(n ? [fill(words.filtersChosen, { n })] : []));
  };
  // Folded: on a phone the open filters took the whole first screen and pushed every result below it.
  const details = el('details', {}, summary);
  details.addEventListener('change', count);
  container.replaceChildren(details);
  const groups = el('div', { className: 'filter-groups' });
  details.append(groups);
  groups.append(
    ...Object.entries(available).map(([key, values]) =>
      el(
        'fieldset',
        {},
        el('legend', {}, key),
        ...Object.entries(values).map(([value, count]): HTMLLabelElement => {
          const box = document.createElement('input');
          Object.assign(box, { type: 'checkbox', name: key, value });
          box.addEventListener('change', read);
          boxes.push(box);
          return el('label', {}, box, ` ${value}（${count}）`);
        }),
      ),
    ),
  );
  container.hidden = false;
}
