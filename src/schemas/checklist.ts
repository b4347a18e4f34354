// content/checklists.yaml: the checklists a carrier guide shows, as advice that differs only by the
// kind of line, so each item says which lines it is for.
import { z } from 'astro/zod';
import { anchorId, KINDS, text } from './primitives.ts';

export const checklistItemSchema = z.strictObject({
  /** Stable: the reader's ticks are stored under it. */
  id: anchorId,
  text,
  /** Shown only for lines of these kinds; for every line when absent. */
  kinds: z.array(z.enum(KINDS, { error: `expected a kind of line: ${KINDS.join(', ')}` })).optional(),
  /** Shown only where the carrier may use an eSIM (its `sim.esim` is not false). */
  ifEsim: z.literal(true, { error: 'expected true, or leave the field out' }).optional(),
});
export type ChecklistItemData = z.infer<typeof checklistItemSchema>;

export const checklistsSchema = z.strictObject({
  'before-you-start': z.array(checklistItemSchema).min(1, { error: 'expected at least one item' }),
});
export type Checklists = z.infer<typeof checklistsSchema>;
