// content/questions.yaml: valid questions with unique ids, no comments, no spam.
import { questionSchema } from '../../../schemas/index.ts';
import { yamlComments } from '../yaml-comments.ts';
import { checkSpam } from './spam.ts';
import { commentMessage, fieldPath, type ContentProblem } from './types.ts';

/** content/questions.yaml: a list of reader questions, each with a unique id. */
export function validateQuestions(file: string, data: unknown, raw: string, spam: RegExp[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (field: string, message: string) => problems.push({ file, field, message });
  checkSpam(raw, spam, report);
  for (const c of yamlComments(raw)) report(`line ${c.line}`, commentMessage(c.text));
  if (!Array.isArray(data)) {
    report('(file)', 'expected a YAML list of questions');
    return problems;
  }
  const seen = new Map<string, number>();
  data.forEach((item, i) => {
    const parsed = questionSchema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) report(fieldPath([i, ...issue.path]).replace(/^\[/, '['), issue.message);
      return;
    }
    const previous = seen.get(parsed.data.id);
    if (previous !== undefined) report(`[${i}].id`, `duplicate id "${parsed.data.id}" (also [${previous}])`);
    seen.set(parsed.data.id, i);
  });
  return problems;
}
