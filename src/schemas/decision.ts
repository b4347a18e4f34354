// content/decision.yaml: the questions of /start/, each answer leading to the next question, to a
// result (a guide section of the reader's carrier) or straight to a topic guide.
import { z } from 'astro/zod';
import { CARRIER_SECTION_KEYS } from '../lib/guide/sections.ts';
import { anchorId, KINDS, text } from './primitives.ts';

/** A line under a result: advice, then a link that explains it. */
export const decisionNoteSchema = z.strictObject({
  text,
  href: z.string().regex(/^\/[a-z0-9/-]*(#[a-z0-9-]+)?$/, {
    error: (iss) =>
      `expected a root-relative link such as "/topics/port-out/#what-you-need", got "${String(iss.input)}"`,
  }),
  link: text,
});

/** Where a path ends: the section to read in the carrier guide, for the carriers of the given kinds. */
export const decisionResultSchema = z.strictObject({
  title: text,
  notes: z.array(decisionNoteSchema).optional(),
  section: z.enum(CARRIER_SECTION_KEYS, { error: `expected a carrier section: ${CARRIER_SECTION_KEYS.join(', ')}` }),
  /** The carriers offered: those of these kinds, or every carrier when absent. */
  kinds: z.array(z.enum(KINDS, { error: `expected a kind of line: ${KINDS.join(', ')}` })).optional(),
});

export interface DecisionNote {
  text: string;
  href: string;
  link: string;
}
export interface DecisionResult {
  title: string;
  notes?: DecisionNote[];
  section: (typeof CARRIER_SECTION_KEYS)[number];
  kinds?: (typeof KINDS)[number][];
}
/** One answer: it asks the next question, ends on a result, or opens a topic guide. */
export interface DecisionChoice {
  /** The URL segment of the page it leads to below /start/ (not needed for a topic). */
  id?: string;
  label: string;
  hint?: string;
  question?: string;
  choices?: DecisionChoice[];
  result?: DecisionResult;
  /** The slug of a topic guide the answer links to. */
  topic?: string;
}

export const decisionChoiceSchema: z.ZodType<DecisionChoice> = z.lazy(() =>
  z
    .strictObject({
      id: anchorId.optional(),
      label: text,
      hint: text.optional(),
      question: text.optional(),
      choices: z.array(decisionChoiceSchema).min(2, { error: 'expected at least two choices' }).optional(),
      result: decisionResultSchema.optional(),
      topic: anchorId.optional(),
    })
    .superRefine((c, ctx) => {
      const ends = [c.question !== undefined, c.result !== undefined, c.topic !== undefined].filter(Boolean).length;
      if (ends !== 1)
        ctx.addIssue({
          code: 'custom',
          message: 'expected exactly one of `question` (with `choices`), `result` or `topic`',
        });
      if ((c.question === undefined) !== (c.choices === undefined))
        ctx.addIssue({ code: 'custom', message: 'expected `question` and `choices` together' });
      if (c.topic === undefined && c.id === undefined)
        ctx.addIssue({ code: 'custom', path: ['id'], message: 'expected an id: the URL segment of the next page' });
    }),
);

/** The whole tree: the first question and its choices. */
export const decisionSchema = z.strictObject({
  question: text,
  choices: z.array(decisionChoiceSchema).min(2, { error: 'expected at least two choices' }),
});
export type Decision = z.infer<typeof decisionSchema>;
