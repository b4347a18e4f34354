// Keeps a checklist's ticks in this browser only; "重新开始" clears them.
export function initChecklists(storage: Storage = localStorage): void {
  for (const list of document.querySelectorAll<HTMLElement>('.checklist[data-storage-key]')) {
    const key = `checklist:${list.dataset.storageKey}`;
    const boxes = [...list.querySelectorAll<HTMLInputElement>('li[id] input[type="checkbox"]')];
    const itemId = (box: HTMLInputElement) => box.closest('li')!.id;
    const reset = list.querySelector<HTMLButtonElement>('.checklist-reset')!;
    let saved: string[] = [];
    try {
      saved = JSON.parse(storage.getItem(key) ?? '[]') as string[];
    } catch {
      saved = [];
    }
    for (const box of boxes) box.checked = saved.includes(itemId(box));
    reset.hidden = false;
    const save = () => {
      const ticked = boxes.filter((b) => b.checked).map(itemId);
      if (ticked.length) storage.setItem(key, JSON.stringify(ticked));
      else storage.removeItem(key);
    };
    list.addEventListener('change', save);
    reset.addEventListener('click', () => {
      for (const box of boxes) box.checked = false;
      storage.removeItem(key);
      boxes[0]?.focus();
    });
  }
}
