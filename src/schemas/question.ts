// content/questions.yaml: the questions readers ask, each answered by one section.
import { z } from 'astro/zod';
import { anchorId, text } from './primitives.ts';

export const QUESTION_THEMES = [
  'keep-number',
  'google-voice',
  'cancel',
  'porting',
  'money',
  'esim-sim',
  'codes',
  'family-plan',
] as const;

/** One reader question on /questions/: their words, a one-line answer, and the section that answers it. */
export const questionSchema = z.strictObject({
  id: anchorId,
  theme: z.enum(QUESTION_THEMES, { error: `expected a theme: ${QUESTION_THEMES.join(', ')}` }),
  q: text,
  a: text.max(120, { error: 'expected a one-line answer of at most 120 characters; the linked section has the rest' }),
  /** The section that answers it: a published anchor (config/published-anchors.json), as a root-relative path. */
  link: z.string().regex(/^\/([a-z0-9-]+\/)*#[a-z0-9-]+$/, {
    error: (iss) =>
      `expected a guide section such as "/topics/port-out/#family-plan" or "/deadline/#tool", got "${String(iss.input)}"`,
  }),
});
export type Question = z.infer<typeof questionSchema>;
