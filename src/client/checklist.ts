// Keeps a checklist's ticks in this browser only, under the page's path; the reset button clears them.
import words from 'virtual:ui-words/checklist';

export function initChecklists(storage: Storage = localStorage): void {
  for (const list of document.querySelectorAll<HTMLUListElement>('ul.checklist')) {
    const key = `checklist:${location.pathname}`;
    const boxes = [...list.querySelectorAll<HTMLInputElement>('li[id] input[type="checkbox"]')];
    const itemId = (box: HTMLInputElement) => box.closest('li')!.id;
    let saved: string[] = [];
    try {
      saved = JSON.parse(storage.getItem(key) ?? '[]') as string[];
    } catch {
      saved = [];
    }
    for (const box of boxes) box.checked = saved.includes(itemId(box));
    const save = () => {
      const ticked = boxes.filter((b) => b.checked).map(itemId);
      if (ticked.length) storage.setItem(key, JSON.stringify(ticked));
      else storage.removeItem(key);
    };
    list.addEventListener('change', save);
    const reset = document.createElement('button');
    reset.type = 'button';
    reset.className = 'checklist-reset';
    reset.textContent = words.reset;
    reset.addEventListener('click', () => {
      for (const box of boxes) box.checked = false;
      storage.removeItem(key);
      boxes[0]?.focus();
    });
    list.after(reset);
  }
}
