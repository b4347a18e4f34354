// Copy-link and share buttons, added by this script: without JavaScript each heading is still a
// link to its own anchor, and the HTML carries no controls that would not work.
import words from 'virtual:ui-words/share';
import { fill } from '../i18n/format.ts';

const toast = document.createElement('p');
toast.className = 'copy-status';
toast.setAttribute('role', 'status');
document.body.append(toast);

const targets = document.querySelectorAll<HTMLElement>('article h2[id], article h3[id], article ol.steps > li[id]');
for (const target of targets) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'copy-link';
  button.dataset.anchor = target.id;
  button.textContent = words.copyLink;
  target.append(' ', button);
}
for (const button of document.querySelectorAll<HTMLButtonElement>('button.share-page')) button.hidden = false;

function urlFor(anchor: string | undefined): string {
  const url = new URL(location.href);
  url.hash = anchor ?? '';
  url.search = '';
  return url.href;
}

function announce(message: string) {
  toast.textContent = message;
  window.setTimeout(() => {
    if (toast.textContent === message) toast.textContent = '';
  }, 4000);
}

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

document.addEventListener('click', async (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button.copy-link, button.share-page');
  if (!button) return;
  const url = urlFor(button.dataset.anchor);
  if (button.classList.contains('share-page') && navigator.share) {
    try {
      await navigator.share({ title: document.title, url });
    } catch {
      // the reader closed the share sheet
    }
    return;
  }
  announce(fill((await copy(url)) ? words.copied : words.copyFailed, { url }));
});
