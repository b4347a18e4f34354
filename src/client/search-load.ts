// Loads the search code (search-ui.ts) for the header box and the search page. A failed or stalled
// import is not kept: the box says so (search-network.ts) with a retry that imports again.
import words from 'virtual:ui-words/searchLoad';
import { limited, problemLine } from './search-network.ts';

type SearchUi = typeof import('./search-ui.ts');

/**
 * A loader for one search box: call it on focus or input; `ready` runs once, with the module, the
 * first time the import succeeds. `status` is the box's status line; a failure notice goes after it.
 */
export function searchLoader(
  input: HTMLInputElement,
  status: HTMLElement,
  ready: (ui: SearchUi) => void,
  onProblem: () => void = () => {},
): () => void {
  let loading: Promise<void> | undefined;
  let done = false;
  let problem: HTMLElement | undefined;
  const load = () => {
    if (loading) return;
    loading = limited(import('./search-ui.ts'), () => {
      if (input.value.trim()) status.textContent = words.stillTrying;
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
        problem?.remove();
        problem = problemLine(error, words.whatCode, () => {
          input.focus(); // the notice goes, and the header box stays open while its input has focus
          load();
        });
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
