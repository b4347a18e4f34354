// Phone numbers, dial and SMS codes and links, written once and referenced from text as [[id]].
import { z } from 'astro/zod';
import { anchorId, httpsUrl, sourceRefs, text, optionalSourceRefs } from './primitives.ts';

const e164 = z
  .string({ error: 'expected a phone number in E.164 form such as "+18009378997"' })
  .regex(/^\+[1-9]\d{7,14}$/, {
    error: (iss) => `expected a phone number in E.164 form such as "+18009378997", got "${String(iss.input)}"`,
  });

export const phoneSchema = z.strictObject({
  id: anchorId,
  label: text,
  number: e164,
  hours: text.optional(),
  /** IANA time zone the hours are in, e.g. America/New_York. */
  timeZone: z
    .string()
    .refine((tz) => Intl.supportedValuesOf('timeZone').includes(tz) || tz === 'UTC', {
      error: (iss) => `expected an IANA time zone such as "America/New_York", got "${String(iss.input)}"`,
    })
    .optional(),
  fromAbroad: z
    .strictObject({
      callable: z.union([z.boolean(), z.literal('unknown')], { error: 'expected true, false or "unknown"' }),
      number: e164.optional(),
      note: text.optional(),
      /** Sources for what is said about calling from abroad; the phone's own `sources` do not cover it. */
      sources: optionalSourceRefs,
    })
    .superRefine((abroad, ctx) => {
      if ((abroad.callable !== 'unknown' || abroad.number) && !abroad.sources?.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['sources'],
          message: 'expected the source ids that say this number can (or cannot) be called from abroad',
        });
      }
    }),
  sources: sourceRefs,
  /** Sources for the purpose the label names (prepaid, abroad, business…), when `sources` do not say it. */
  labelSources: optionalSourceRefs,
});

export const dialCodeSchema = z.strictObject({
  id: anchorId,
  label: text,
  /** As the carrier writes it: 611, *7678, #PORT, *PORT. */
  code: z.string().regex(/^[*#]?[0-9A-Z]{2,10}#?$/, {
    error: (iss) => `expected a dial code such as "611", "*7678" or "#PORT", got "${String(iss.input)}"`,
  }),
  sources: sourceRefs,
});

export const smsCodeSchema = z.strictObject({
  id: anchorId,
  label: text,
  message: z.string().min(1),
  to: z.string().regex(/^\d{3,8}$/, {
    error: (iss) => `expected a short code of digits such as "611611", got "${String(iss.input)}"`,
  }),
  sources: sourceRefs,
});

export const linkSchema = z.strictObject({
  id: anchorId,
  label: text,
  kind: z.enum(['web', 'chat', 'app', 'store', 'account'], { error: 'expected web, chat, app, store or account' }),
  url: httpsUrl,
  sources: sourceRefs,
});
