// Search results for the header box and the search page, loaded on first use.
// Pagefind's own files are fetched only when the first query runs.
import { PAGEFIND_OPTIONS } from '../lib/search-ranking.ts';
import { ownNameGuide, toSimplified, type SearchData } from '../lib/search-data.ts';

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface PagefindSearch {
  results: { data(): Promise<PagefindResultData> }[];
}
type Filters = Record<string, { any: string[] }>;
interface Pagefind {
  options(o: typeof PAGEFIND_OPTIONS): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  debouncedSearch(q: string | null, o?: { filters?: Filters }, ms?: number): Promise<PagefindSearch | null>;
}

export const MAX_QUERY = 200;
let pagefind: Promise<Pagefind> | undefined;
let searchData: Promise<SearchData> | undefined;

function loadSearchData(): Promise<SearchData> {
  searchData ??= fetch('/search-data.json').then((r) => r.json() as Promise<SearchData>);
  return searchData;
}

export function loadPagefind(): Promise<Pagefind> {
  // A runtime URL: the bundler must neither resolve nor wrap Pagefind, which exists only after the build.
  const url = new URL('/pagefind/pagefind.js', location.href).href;
  pagefind ??= import(/* @vite-ignore */ url).then(async (pf: Pagefind) => {
    await pf.options(PAGEFIND_OPTIONS);
    return pf;
  });
  return pagefind;
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

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: (Node | string)[]) {
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

/** When the query is a guide's own name, that guide comes first, even where Pagefind ranked it lower. */
function pinOwnName(query: string, data: SearchData, results: PagefindResultData[], filtering: boolean): PagefindResultData[] {
  const own = ownNameGuide(query, data);
  if (!own) return results;
  const found = results.find((r) => r.url === own.url);
  if (!found && filtering) return results; // the filters left it out
  const pinned = found ?? { url: own.url, excerpt: '', meta: { title: own.title, kind: own.kind } };
  return [pinned, ...results.filter((r) => r !== found)];
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
}

export function attachSearch(t: SearchTarget) {
  let selected: Filters = {};

  async function run() {
    const query = t.input.value.slice(0, MAX_QUERY).trim();
    if (t.syncUrl) {
      const url = new URL(location.href);
      if (query) url.searchParams.set('q', query);
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
    }
    const filtering = Object.keys(selected).length > 0;
    if (!query && !filtering) {
      t.list.replaceChildren();
      t.status.textContent = '';
      if (t.empty) t.empty.hidden = false;
      return;
    }
    t.status.textContent = '正在搜索…';
    const [pf, data] = await Promise.all([loadPagefind(), loadSearchData()]);
    // The index is Simplified Chinese: a Traditional query is searched in Simplified characters.
    const search = await pf.debouncedSearch(toSimplified(query, data.t2s) || null, { filters: selected }, 150);
    if (!search) return; // a newer keystroke superseded this search
    const results = pinOwnName(query, data, await Promise.all(search.results.slice(0, 12).map((r) => r.data())), filtering);
    t.list.replaceChildren(
      ...results.map((r) =>
        el(
          'li',
          {},
          el('a', { href: r.url, className: 'result-link' }, r.meta.title ?? r.url),
          ...(r.meta.kind ? [' ', el('span', { className: 'badge' }, r.meta.kind)] : []),
          el('p', { className: 'excerpt' }, safeExcerpt(r.excerpt)),
        ),
      ),
    );
    t.status.textContent = results.length
      ? `找到 ${Math.max(search.results.length, results.length)} 个结果`
      : query
        ? `没有找到与 “${query}” 相关的指南`
        : '没有符合条件的指南';
    if (t.empty) t.empty.hidden = results.length > 0;
  }

  t.input.addEventListener('input', () => void run());
  t.input.form?.addEventListener('submit', (e) => {
    const first = t.list.querySelector<HTMLAnchorElement>('a.result-link');
    if (!t.syncUrl && first) {
      e.preventDefault();
      location.assign(first.href);
    } else if (t.syncUrl) {
      e.preventDefault();
      void run();
    }
  });
  keyboard(t.input, t.list, t.onEscape ?? (() => {}));
  // Filters appear with the first search, not at page load, so nothing shifts under a reader who has
  // not typed yet (Lighthouse counted that as layout shift).
  let filtersShown = false;
  const runAndShowFilters = () => {
    if (t.filters && !filtersShown) {
      filtersShown = true;
      void renderFilters(t.filters, (f) => {
        selected = f;
        void run();
      });
    }
    return run();
  };
  t.input.addEventListener('input', () => void runAndShowFilters(), { once: true });
  return runAndShowFilters;
}

async function renderFilters(container: HTMLElement, onChange: (f: Filters) => void) {
  const available = await (await loadPagefind()).filters();
  const boxes: HTMLInputElement[] = [];
  const read = () => {
    const f: Filters = {};
    for (const b of boxes.filter((x) => x.checked)) (f[b.name] ??= { any: [] }).any.push(b.value);
    onChange(f);
  };
  container.replaceChildren(
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
