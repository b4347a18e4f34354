// On every page: "/" and Ctrl/⌘+K focus the search box; the first focus loads the search code,
// which then shows results under the box as the reader types (or says why it cannot: search-load.ts).
import { searchLoader } from './search-load.ts';

const boxes = [...document.querySelectorAll<HTMLFormElement>('form.search[data-live]')];
const pageInput = document.querySelector<HTMLInputElement>('main form.search input[type="search"]');
const shortcutTarget = pageInput ?? boxes[0]?.querySelector<HTMLInputElement>('input[type="search"]');

for (const form of boxes) {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]')!;
  const panel = form.querySelector<HTMLElement>('.search-panel')!;
  const setOpen = (open: boolean) => {
    panel.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
  };
  const status = panel.querySelector<HTMLElement>('.search-status')!;
  const list = panel.querySelector('ol')!;
  const load = searchLoader(
    input,
    status,
    ({ attachSearch }) => {
      const run = attachSearch({ input, list, status, onEscape: () => setOpen(false) });
      // What was typed while the search code loaded is searched now, not at the next keystroke.
      if (input.value.trim()) void run();
    },
    () => setOpen(true),
  );
  input.addEventListener('focus', load);
  input.addEventListener('input', () => {
    setOpen(input.value.trim().length > 0 || !!panel.querySelector('.search-problem'));
    load();
  });
  form.addEventListener('focusout', (e) => {
    if (!form.contains(e.relatedTarget as Node | null)) setOpen(false);
  });
}

document.addEventListener('keydown', (e) => {
  const target = e.target as HTMLElement;
  const typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
  if (!shortcutTarget || e.altKey) return;
  if (
    (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey) ||
    (e.key.toLowerCase() === 'k' && (e.ctrlKey || e.metaKey))
  ) {
    e.preventDefault();
    shortcutTarget.focus();
    shortcutTarget.select();
  }
});

// The language switch keeps the reader's place: the section in the address and the words searched
// (typed in the search page's box, or in its address).
document.querySelector('.edition-switch')?.addEventListener('click', (e) => {
  const link = (e.target as Element).closest('a');
  if (!link) return;
  const url = new URL(link.href);
  const query = pageInput?.value.trim() || new URLSearchParams(location.search).get('q');
  if (query) url.searchParams.set('q', query);
  url.hash = location.hash;
  link.href = url.href;
});
