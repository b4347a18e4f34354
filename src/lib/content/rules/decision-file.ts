// content/decision.yaml: the /start/ tree is valid, every page has its own URL, and every answer that
// opens a topic names a topic guide that exists.
import { decisionSchema, type DecisionChoice } from '../../../schemas/index.ts';
import { checkDataFile } from './data-file.ts';
import type { ContentProblem } from './types.ts';

export function validateDecision(
  file: string,
  data: unknown,
  raw: string,
  spam: RegExp[],
  topics: ReadonlySet<string>,
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (field: string, message: string) => problems.push({ file, field, message });
  const tree = checkDataFile(data, raw, spam, decisionSchema, report);
  if (!tree) return problems;
  const walk = (choices: readonly DecisionChoice[], at: string) => {
    const seen = new Map<string, number>();
    choices.forEach((c, i) => {
      const field = `${at}choices[${i}]`;
      if (c.id !== undefined) {
        const previous = seen.get(c.id);
        if (previous !== undefined)
          report(
            `${field}.id`,
            `duplicate id "${c.id}" (also ${at}choices[${previous}]): each answer leads to its own page`,
          );
        seen.set(c.id, i);
      }
      if (c.topic !== undefined && !topics.has(c.topic))
        report(`${field}.topic`, `expected the slug of a guide in content/topics/, got "${c.topic}"`);
      if (c.choices) walk(c.choices, `${field}.`);
    });
  };
  walk(tree.choices, '');
  return problems;
}
