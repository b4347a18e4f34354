// What every YAML data file in content/ must pass before its own rules: no spam, no comments, the
// schema of its concept. Shared by the files that are one document (the /start/ tree, checklists,
// the phone script).
import type { z } from 'astro/zod';
import { yamlComments } from '../yaml-comments.ts';
import { checkSpam } from './spam.ts';
import { commentMessage, fieldPath, type Report } from './types.ts';

/** The file's data parsed by `schema`, or undefined after reporting why it is not. */
export function checkDataFile<T>(
  data: unknown,
  raw: string,
  spam: RegExp[],
  schema: z.ZodType<T>,
  report: Report,
): T | undefined {
  checkSpam(raw, spam, report);
  for (const c of yamlComments(raw)) report(`line ${c.line}`, commentMessage(c.text));
  if (data && typeof data === 'object' && 'yamlError' in data) {
    report('(file)', `expected valid YAML: ${String(data.yamlError)}`);
    return undefined;
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) report(issue.path.length ? fieldPath(issue.path) : '(file)', issue.message);
  return undefined;
}
