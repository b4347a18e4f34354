// Pausing a line instead of cancelling it, and the rules for a line used mostly outside the US.
import { z } from 'astro/zod';
import { factSchema, historySchema } from './fact.ts';

export const PAUSE_AVAILABILITY = ['everyone', 'limited', 'no', 'unknown', 'not-applicable'] as const;
export const YES_NO = ['yes', 'no', 'unknown', 'not-applicable'] as const;
/** YAML 1.1 readers turn a bare yes/no into a boolean; both spellings mean the same here. */
const yesNo = z.preprocess(
  (v) => (v === true ? 'yes' : v === false ? 'no' : v),
  z.enum(YES_NO, { error: `expected one of ${YES_NO.join(', ')}` }),
);

/** Voluntary suspension instead of cancelling (anchor #pause). */
export const pauseSchema = z.strictObject({
  available: z.enum(PAUSE_AVAILABILITY, { error: `expected available: ${PAUSE_AVAILABILITY.join(', ')}` }),
  offered: factSchema,
  who: factSchema,
  longest: factSchema,
  cost: factSchema,
  keepsNumber: factSchema,
  /** Whether a paused line still receives texts (verification codes). */
  texts: yesNo,
  receivesTexts: factSchema,
  howTo: factSchema,
  afterwards: factSchema,
  history: z.array(historySchema).default([]),
});
export type Pause = z.infer<typeof pauseSchema>;

/** The carrier's rules for a line used mostly outside the US (anchor #abroad). */
export const abroadSchema = z.strictObject({
  rules: factSchema,
  enforcement: factSchema,
  wifiCalling: factSchema,
  keepTexts: factSchema,
  history: z.array(historySchema).default([]),
});
export type Abroad = z.infer<typeof abroadSchema>;
