// What happens, day by day, after a reader stops paying.
import { z } from 'astro/zod';
import { sourceRefs, text } from './primitives.ts';

/** What day 0 of a stop-paying timeline is, in the carrier's terms. */
export const TIMELINE_FROM = ['due-date', 'plan-expiry', 'last-payment', 'last-activity'] as const;
export const EVENT_KINDS = [
  'suspended',
  'fee',
  'last-day-to-pay',
  'balance-forfeited',
  'number-released',
  'account-closed',
  'collections',
  'notice',
  'restore-deadline',
] as const;

/** One dated event after day 0: an offset in calendar days or months, with an upper end where sources give a range. */
export const timelineEventSchema = z
  .strictObject({
    kind: z.enum(EVENT_KINDS, { error: `expected kind: ${EVENT_KINDS.join(', ')}` }),
    days: z.number().int().nonnegative().optional(),
    daysMax: z.number().int().nonnegative().optional(),
    months: z.number().int().nonnegative().optional(),
    monthsMax: z.number().int().nonnegative().optional(),
    /** Whether the number can still be ported out at this point. */
    portable: z.union([z.boolean(), z.literal('unknown')], { error: 'expected portable: true, false or "unknown"' }),
    text,
    sources: sourceRefs,
  })
  .superRefine((e, ctx) => {
    const unit = e.days !== undefined ? 'days' : e.months !== undefined ? 'months' : undefined;
    if ((e.days === undefined) === (e.months === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['days'],
        message: 'expected an offset from day 0: either `days` or `months`, not both',
      });
    } else if (unit === 'days' && e.monthsMax !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['monthsMax'], message: 'expected `daysMax` with `days`' });
    } else if (unit === 'months' && e.daysMax !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['daysMax'], message: 'expected `monthsMax` with `months`' });
    }
    if (e.daysMax !== undefined && e.days !== undefined && e.daysMax <= e.days)
      ctx.addIssue({ code: 'custom', path: ['daysMax'], message: `expected daysMax greater than days (${e.days})` });
    if (e.monthsMax !== undefined && e.months !== undefined && e.monthsMax <= e.months)
      ctx.addIssue({
        code: 'custom',
        path: ['monthsMax'],
        message: `expected monthsMax greater than months (${e.months})`,
      });
  });
export type TimelineEvent = z.infer<typeof timelineEventSchema>;
