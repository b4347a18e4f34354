// content/questions.yaml: valid questions with unique ids, each linked to a published anchor, no comments, no spam.
import { questionSchema } from '../../../schemas/index.ts';
import type { AnchorRegistry } from '../../host/anchors.ts';
import { yamlComments } from '../yaml-comments.ts';
import { checkSpam } from './spam.ts';
import { commentMessage, fieldPath, type ContentProblem } from './types.ts';

/**
 * content/questions.yaml: a list of reader questions, each with a unique id. A question links a section
 * whose anchor is published (`published`, config/published-anchors.json), so the link keeps working.
 */
export function validateQuestions(
  file: string,
  data: unknown,
  raw: string,
  spam: RegExp[],
  published: AnchorRegistry,
): ContentProblem[] {
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
    const [path = '', id = ''] = parsed.data.link.split('#');
    if (!published[path]?.includes(id))
      report(
        `[${i}].link`,
        `"${parsed.data.link}" is not a published anchor; link a section listed in config/published-anchors.json (after adding a guide, \`npm run build && npm run anchors:publish\`)`,
      );
    const previous = seen.get(parsed.data.id);
    if (previous !== undefined) report(`[${i}].id`, `duplicate id "${parsed.data.id}" (also [${previous}])`);
    seen.set(parsed.data.id, i);
  });
  return problems;
}
