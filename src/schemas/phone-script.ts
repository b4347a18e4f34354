// content/phone-script.yaml: what to say on the phone, one template for every carrier guide. `{carrier}`
// stands for the carrier's name.
import { z } from 'astro/zod';
import { text } from './primitives.ts';

export const SCRIPT_PLACEHOLDERS = ['carrier'] as const;

const scriptText = text.refine(
  (s) => [...s.matchAll(/\{(\w*)\}/g)].every(([, name]) => (SCRIPT_PLACEHOLDERS as readonly string[]).includes(name!)),
  { error: `expected no placeholder other than ${SCRIPT_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}` },
);

/** One line: the English to say, and what it means for the reader. */
export const scriptLineSchema = z.strictObject({ en: scriptText, zh: scriptText });
export type ScriptLine = z.infer<typeof scriptLineSchema>;

const lines = z.array(scriptLineSchema).min(1, { error: 'expected at least one line' });

export const phoneScriptSchema = z.strictObject({
  keep: lines,
  cancel: lines,
  common: lines,
  agentAsks: lines,
  /** Asking to suspend instead of cancel: shown where the carrier offers a pause. */
  pause: lines,
});
export type PhoneScriptTemplate = z.infer<typeof phoneScriptSchema>;
