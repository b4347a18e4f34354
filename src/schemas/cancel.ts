// One way to cancel (a channel) with its numbered steps.
import { z } from 'astro/zod';
import { factSchema, stepSchema } from './fact.ts';
import { CHANNELS, anchorId, text } from './primitives.ts';

export const channelSchema = z.strictObject({
  id: anchorId,
  channel: z.enum(CHANNELS, { error: `expected one of ${CHANNELS.join(', ')}` }),
  title: text,
  /** works: a reader can use it; limited: only some accounts (say which in `note`). */
  status: z.enum(['works', 'limited'], { error: 'expected works or limited' }),
  note: factSchema.optional(),
  steps: z.array(stepSchema).min(1, { error: 'expected at least one step' }),
});
