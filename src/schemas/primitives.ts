// Building blocks every schema shares: ids, dates, URLs, text and the site's enumerations.
import { z } from 'astro/zod';

export const NETWORKS = ['att', 'verizon', 't-mobile', 'us-cellular'] as const;
export const KINDS = ['prepaid', 'postpaid', 'monthly', 'virtual-number', 'travel-esim'] as const;
export const GROUPS = [
  'att',
  'verizon',
  't-mobile',
  'cable',
  'multi-network',
  'virtual-number',
  'travel-esim',
  'other',
] as const;
export const CHANNELS = ['online', 'app', 'phone', 'chat', 'store', 'stop-paying', 'port-out'] as const;
export const CARD_TYPES = ['prepaid', 'postpaid', 'physical-sim', 'esim', 'number-keeping'] as const;

/** A stable, readable ASCII anchor written by hand in the content. */
export const anchorId = z
  .string({ error: 'expected an ASCII id such as "get-transfer-pin"' })
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, {
    error: (iss) => `expected a lower-case ASCII id such as "get-transfer-pin", got "${String(iss.input)}"`,
  })
  .refine((id) => !/^(src|todo|script)-/.test(id), {
    error: 'ids starting with "src-", "todo-" or "script-" belong to parts the page adds itself; choose another id',
  });

export const text = z.string({ error: 'expected text' }).trim().min(2, { error: 'expected non-empty text' });

/** YAML turns 2026-11-22 into a Date; a quoted string stays a string. Both must be a real calendar day. */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.valueOf()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'expected a date written YYYY-MM-DD' })
    .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toJSON()?.startsWith(s) === true, {
      error: (iss) => `expected a real date written YYYY-MM-DD, got "${String(iss.input)}"`,
    })
    .transform((s) => new Date(`${s}T00:00:00Z`)),
);

export const httpsUrl = z
  .string({ error: 'expected an https:// URL' })
  .refine((s) => URL.canParse(s) && new URL(s).protocol === 'https:', {
    error: (iss) => `expected an https:// URL, got "${String(iss.input)}"`,
  });

/**
 * A citation inside a fact: the id of an entry in the guide's `sources` list, or `source-id#quote-id` for one
 * quote of that source (its `quotes` in content/sources.yaml). Both count as the same source for the [n] marks.
 */
export const SOURCE_REF = /^[a-z][a-z0-9]*(-[a-z0-9]+)*(#[a-z0-9]+(-[a-z0-9]+)*)?$/;
export const sourceRef = z.string({ error: 'expected a source id such as "fcc-porting"' }).regex(SOURCE_REF, {
  error: (iss) =>
    `expected a source id from \`sources\` ("fcc-porting"), or "source-id#quote-id" for one of its quotes, got "${String(iss.input)}"`,
});

/** Ids of entries in the guide's `sources` list, each perhaps with `#quote-id`. */
export const sourceRefs = z.array(sourceRef).min(1, { error: 'expected at least one source id from `sources`' });
/** The same, where a list may be empty or left out. */
export const optionalSourceRefs = z.array(sourceRef).optional();
