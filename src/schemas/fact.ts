// Facts and the small records built from them: steps, FAQ entries, dated history and the site's own changes.
import { z } from 'astro/zod';
import { anchorId, isoDate, sourceRefs, text, optionalSourceRefs } from './primitives.ts';

/**
 * A fact is either sourced text, or explicitly unknown with the reason.
 * `conflicts` records other sources that say something different, shown side by side.
 */
export const factSchema = z
  .strictObject(
    {
      text: text.optional(),
      sources: optionalSourceRefs,
      unknown: text.optional(),
      /** The question does not apply to this service (a travel eSIM has no number to pause); say why. */
      notApplicable: text.optional(),
      conflicts: z.array(z.strictObject({ text, sources: sourceRefs })).optional(),
    },
    {
      error:
        'expected a fact: `text` with `sources`, `unknown` with the reason, or `notApplicable` with why it does not apply',
    },
  )
  .superRefine((fact, ctx) => {
    const given = [fact.text, fact.unknown, fact.notApplicable].filter((v) => v !== undefined).length;
    if (given > 1) {
      ctx.addIssue({ code: 'custom', message: 'expected exactly one of `text`, `unknown` or `notApplicable`' });
    } else if (given === 0) {
      ctx.addIssue({
        code: 'custom',
        message:
          'expected `text` with `sources`, `unknown` with the reason (e.g. "not published"), or `notApplicable` with why it does not apply',
      });
    } else if (fact.text && !fact.sources?.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['sources'],
        message: 'expected at least one source id: every fact needs a source',
      });
    }
  });
export type Fact = z.infer<typeof factSchema>;

export const stepSchema = z.strictObject({ id: anchorId, text, sources: sourceRefs });
export type Step = z.infer<typeof stepSchema>;

export const faqSchema = z.strictObject({ id: anchorId, q: text, a: text, sources: sourceRefs });

/** A rule the carrier had for a while and changed or withdrew: dated, so readers of old advice see it changed. */
export const historySchema = z
  .strictObject({ since: isoDate.optional(), until: isoDate.optional(), text, sources: sourceRefs })
  .refine((h) => !h.since || !h.until || h.since <= h.until, {
    error: '`since` must not be after `until`',
    path: ['until'],
  });

/** This site's own edits to a guide, newest shown as the latest change on the guide and listed on /changes/. */
export const changeSchema = z.strictObject({ date: isoDate, text, sources: optionalSourceRefs });
export type Change = z.infer<typeof changeSchema>;
