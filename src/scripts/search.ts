// The search page's results, loaded on first use. Pagefind's own files are fetched only here.
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  debouncedSearch(q: string, o?: Record<string, unknown>, ms?: number): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

const MAX_QUERY = 200;
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  // A runtime URL: the bundler must neither resolve nor preload-wrap Pagefind, which exists only after the build.
  const url = new URL('/pagefind/pagefind.js', location.href).href;
  pagefind ??= import(/* @vite-ignore */ url).then(async (pf: Pagefind) => {
    await pf.options({ excerptLength: 24 });
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

export function initSearch(form: HTMLFormElement) {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const list = document.getElementById('search-results') as HTMLOListElement;
  const status = document.getElementById('search-status')!;
  const empty = document.getElementById('search-empty')!;

  async function run(raw: string) {
    const query = raw.slice(0, MAX_QUERY).trim();
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      empty.hidden = false;
      return;
    }
    status.textContent = '正在搜索…';
    const pf = await loadPagefind();
    const search = await pf.debouncedSearch(query, {}, 150);
    if (!search) return; // a newer keystroke superseded this search
    const results = await Promise.all(search.results.slice(0, 12).map((r) => r.data()));
    list.replaceChildren(
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
    status.textContent = results.length ? `找到 ${search.results.length} 个结果` : `没有找到与 “${query}” 相关的指南`;
    empty.hidden = results.length > 0;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(input.value);
  });
  input.addEventListener('input', () => void run(input.value));
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial.slice(0, MAX_QUERY);
    void run(initial);
  }
}
