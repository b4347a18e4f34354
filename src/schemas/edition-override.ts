// content/zh-tw-overrides.yaml: one sentence of one guide printed by hand in the Traditional edition,
// where neither OpenCC nor the term table gets it right and a site-wide term would be wrong elsewhere.
import { z } from 'astro/zod';

/** The UI dictionary (src/i18n/zh-CN.json), as an override's source. */
export const UI_SOURCE = 'ui';

export const editionOverrideSchema = z.strictObject({
  /** Where the sentence is written: a file of the content root (carriers/att.mdx, decision.yaml), or `ui`. */
  source: z.string().regex(/^(?:ui|(?:[a-z0-9-]+\/)*[a-z0-9-]+\.(?:mdx|md|yaml))$/, {
    error: `expected the file the sentence is written in, relative to content/ (carriers/att.mdx), or "${UI_SOURCE}" for src/i18n/zh-CN.json`,
  }),
  /** The Simplified text as written there, within one run of text (not across a link or bold). */
  cn: z.string().trim().min(2, { error: 'expected the Simplified text as the source writes it' }),
  /** What the edition prints instead, wherever the text appears. */
  tw: z.string().trim().min(1, { error: 'expected the Traditional text to print' }),
  why: z.string().trim().min(2, { error: 'expected why conversion gets this text wrong' }),
});
export type EditionOverride = z.infer<typeof editionOverrideSchema>;
