// content/search-tasks.yaml: the words readers add to a carrier's name when they want one part of its
// guide ("verizon 暂停", "AT&T 违约金", "mint refund"). Search opens that section of the guide.
import { z } from 'astro/zod';
import { TASK_SECTIONS } from '../lib/guide/sections.ts';

const word = z
  .string({ error: 'expected a word readers type' })
  .trim()
  .min(2, { error: 'expected a word of at least two characters' })
  .max(16, { error: 'expected a short word (at most 16 characters)' })
  .refine((w) => !/\s/.test(w), { error: 'expected one word without spaces' });

export const searchTaskSchema = z.strictObject({
  section: z.enum(TASK_SECTIONS, { error: `expected a section: ${TASK_SECTIONS.join(', ')}` }),
  /** Simplified Chinese, as on the site. */
  zh: z.array(word).min(1, { error: 'expected at least one Simplified word' }),
  /** Traditional forms that do not come out of the Simplified ones character by character (轉網密碼 does). */
  zhHant: z.array(word).default([]),
  /** English, matched as whole words in any case. */
  en: z.array(word.regex(/^[a-z0-9-]+$/, { error: 'expected lower-case English' })).default([]),
});
export type SearchTask = z.infer<typeof searchTaskSchema>;

/** Words that carry no task and are dropped before the carrier's name is matched: "verizon 怎么注销". */
export const searchTasksFileSchema = z.strictObject({
  fillers: z.array(z.string().trim().min(1)).default([]),
  tasks: z.array(searchTaskSchema).min(1),
});
export type SearchTasksFile = z.infer<typeof searchTasksFileSchema>;
