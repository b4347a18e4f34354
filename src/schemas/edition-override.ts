// content/zh-tw-overrides.yaml: one sentence of one page printed by hand in the Traditional edition,
// where neither OpenCC nor the term table gets it right and a site-wide rule would be wrong elsewhere.
import { z } from 'astro/zod';

export const editionOverrideSchema = z.strictObject({
  /** The page's path in the default edition. */
  page: z.string().regex(/^\/(?:[a-z0-9-]+\/)*$/, { error: 'expected a page path such as /carriers/att/' }),
  /** The Simplified text as the page prints it, within one run of text (not across a link or bold). */
  cn: z.string().trim().min(2, { error: 'expected the Simplified sentence as the page prints it' }),
  /** What the edition prints instead. */
  tw: z.string().trim().min(1, { error: 'expected the Traditional text to print' }),
  why: z.string().trim().min(2, { error: 'expected why conversion gets this sentence wrong' }),
});
export type EditionOverride = z.infer<typeof editionOverrideSchema>;
