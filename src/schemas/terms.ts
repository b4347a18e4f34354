// content/terms.yaml: the site's words and what readers in Taiwan and Hong Kong write for them. Search
// maps the regional forms to the site's word at query time (src/lib/search/regional.ts); a coming
// Traditional edition reuses the same table to choose what it prints.
import { z } from 'astro/zod';
import { anchorId } from './primitives.ts';

export const TERM_REGIONS = ['cn', 'tw', 'hk'] as const;

const form = z
  .string({ error: 'expected a word as readers write it' })
  .trim()
  .min(1, { error: 'expected a non-empty word' })
  .max(30, { error: 'expected one word or short phrase (at most 30 characters)' });

/**
 * One concept. `cn` is the site's own word (Simplified), `tw` and `hk` the forms safe to print in a
 * Taiwan or Hong Kong edition. Everything in `cnAlso`, `twAlso` and `hkAlso` is search-only: what
 * readers type, mapped at query time, never printed (some collide with another meaning elsewhere;
 * `note` says which).
 */
export const termSchema = z.strictObject({
  id: anchorId,
  cn: form,
  cnAlso: z.array(form).default([]),
  tw: form,
  twAlso: z.array(form).default([]),
  hk: form,
  hkAlso: z.array(form).default([]),
  sources: z
    .array(
      z.strictObject({
        url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL of the page where the word was seen' }),
        for: z.enum(TERM_REGIONS, { error: `expected the region the page shows: ${TERM_REGIONS.join(', ')}` }),
        what: z.string().trim().min(2, { error: 'expected what the page is and which words it shows' }),
      }),
    )
    .default([]),
  /**
   * Other forms the site prints for this concept (手机号码 beside 手机号, 预付费卡 beside 预付费): the
   * Traditional edition prints `tw` for each as for `cn`. List a compound here when its parts would
   * convert apart wrongly (手机号 + 码 → 門號碼).
   */
  cnPrinted: z.array(form).default([]),
  /**
   * How the Traditional edition prints `cn`: `term` prints `tw`; `characters` converts `cn` character
   * by character (注销 → 註銷), for a word whose regional form does not fit every sentence of the site
   * (Taiwan 退租 also means dropping an add-on). An unsourced `tw` is always printed as `characters`.
   */
  twPrint: z.enum(['term', 'characters']).default('term'),
  /** Regions whose printable form no source shows yet: searched, but not printed until a source is found. */
  unsourced: z.array(z.enum(['tw', 'hk'])).default([]),
  note: z.string().trim().optional(),
});
export type Term = z.infer<typeof termSchema>;
export type TermInput = z.input<typeof termSchema>;

/** Search-only forms: every form but the printable `cn`, `tw` and `hk`. */
export const searchOnlyForms = (t: Term): string[] => [...t.cnAlso, ...t.twAlso, ...t.hkAlso];
