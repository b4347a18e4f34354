// Search under a bad network, for the search code (search-load.ts), the search data and Pagefind
// (search-ui.ts): nothing that failed or stalled is kept, and the reader is told at once when the
// network fails, "still trying" after STILL_TRYING_MS and given up after GIVE_UP_MS, with a retry that
// loads again and the A–Z list.
import words from 'virtual:ui-words/searchLoad';
import { fill } from '../i18n/format.ts';
import { GIVE_UP_MS, STILL_TRYING_MS } from '../lib/search/limits.ts';
import { sitePath } from './site-path.ts';

/** The error a step given up after GIVE_UP_MS rejects with. */
export const TIMED_OUT = 'timeout';

/** `step`, with `onSlow()` after STILL_TRYING_MS and rejected with TIMED_OUT after GIVE_UP_MS. */
export function limited<T>(step: Promise<T>, onSlow: () => void = () => {}): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const slow = setTimeout(onSlow, STILL_TRYING_MS);
    const limit = setTimeout(() => reject(new Error(TIMED_OUT)), GIVE_UP_MS);
    step.then(resolve, reject).finally(() => {
      clearTimeout(slow);
      clearTimeout(limit);
    });
  });
}

/** Why `what` did not load, a retry button and the A–Z list, as one line. */
export function problemLine(error: unknown, what: string, retry: () => void): HTMLElement {
  const button = Object.assign(document.createElement('button'), { type: 'button', textContent: words.retry });
  button.addEventListener('click', retry);
  const az = Object.assign(document.createElement('a'), { href: sitePath('/carriers/'), textContent: words.azLink });
  const timedOut = String(error).includes(TIMED_OUT);
  const line = Object.assign(document.createElement('p'), { className: 'warn search-problem' });
  line.append(
    fill(timedOut ? words.timedOut : words.failed, { what, seconds: GIVE_UP_MS / 1000 }),
    ' ',
    button,
    ' ',
    words.azBefore,
    az,
    words.azAfter,
  );
  return line;
}
