// Loads the search code (search-ui.ts) for the header box and the search page. A failed or stalled
// import is not kept: the box says so (at once when the network fails, "still trying" after
// STILL_TRYING_MS, given up after GIVE_UP_MS) with a retry that imports again, and the A–Z list.
import words from 'virtual:ui-words/searchLoad';
import { fill } from '../i18n/format.ts';
import { GIVE_UP_MS, STILL_TRYING_MS } from '../lib/search/limits.ts';

type SearchUi = typeof import('./search-ui.ts');

/**
 * A loader for one search box: call it on focus or input; `ready` runs once, with the module, the
 * first time the import succeeds. `status` is the box's status line; a failure notice goes after it.
 */
export function searchLoader(
  input: HTMLInputElement,
  status: HTMLElement,
  typed: () => boolean,
  ready: (ui: SearchUi) => void,
  onProblem: () => void = () => {},
): () => void {
  let loading: Promise<void> | undefined;
  let done = false;
  let problem: HTMLElement | undefined;
  const load = () => {
    if (loading) return;
    loading = new Promise<SearchUi>((resolve, reject) => {
      const slow = setTimeout(() => {
        if (typed()) status.textContent = words.stillTrying;
      }, STILL_TRYING_MS);
      const limit = setTimeout(() => reject(new Error('timeout')), GIVE_UP_MS);
      import('./search-ui.ts').then(resolve, reject).finally(() => {
        clearTimeout(slow);
        clearTimeout(limit);
      });
    }).then(
      (ui) => {
        problem?.remove();
        if (done) return;
        done = true;
        ready(ui);
      },
      (error: unknown) => {
        loading = undefined; // the next focus, keystroke or the retry imports again
        if (done) return;
        const retry = Object.assign(document.createElement('button'), { type: 'button', textContent: words.retry });
        retry.addEventListener('click', () => {
          input.focus(); // the notice goes, and the header box stays open while its input has focus
          load();
        });
        const az = Object.assign(document.createElement('a'), { href: '/carriers/', textContent: words.azLink });
        problem?.remove();
        problem = Object.assign(document.createElement('p'), { className: 'warn search-problem' });
        const timedOut = String(error).includes('timeout');
        const why = fill(timedOut ? words.timedOut : words.failed, {
          what: words.whatCode,
          seconds: GIVE_UP_MS / 1000,
        });
        problem.append(why, ' ', retry, ' ', words.azBefore, az, words.azAfter);
        status.textContent = words.notLoaded;
        status.after(problem);
        onProblem();
      },
    );
  };
  return () => {
    if (!done) load();
  };
}
