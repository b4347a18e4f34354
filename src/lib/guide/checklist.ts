// The "before you start" list. Advice, not carrier facts: the items are content/checklists.yaml, and
// each says which kinds of line it is for.
import type { Carrier, ChecklistItemData } from '../../schemas/index.ts';

export interface ChecklistItem {
  id: string;
  text: string;
}

/** The items of `items` that apply to this carrier's lines, in the order written. */
export function beforeYouStart(
  carrier: Pick<Carrier, 'kind' | 'sim'>,
  items: readonly ChecklistItemData[],
): ChecklistItem[] {
  return items
    .filter((item) => !item.kinds || item.kinds.includes(carrier.kind))
    .filter((item) => !item.ifEsim || carrier.sim.esim !== false)
    .map(({ id, text }) => ({ id, text }));
}
