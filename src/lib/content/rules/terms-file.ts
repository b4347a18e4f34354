// content/terms.yaml and content/search-tasks.yaml: the words search maps at query time.
import { searchTasksFileSchema, termSchema, type Term } from '../../../schemas/index.ts';
import { yamlComments } from '../yaml-comments.ts';
import { commentMessage, fieldPath, type ContentProblem } from './types.ts';

const HAN = /\p{Script=Han}/u;

/**
 * The term table: valid terms with unique ids; each printable Taiwan and Hong Kong form backed by a
 * source for its region, unless it is the site's own word or the term says it is `unsourced` there.
 * A form two terms share is mapped by search to the first term's site word.
 */
export function validateTerms(file: string, data: unknown, raw: string): { terms: Term[]; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const report = (field: string, message: string) => problems.push({ file, field, message });
  for (const c of yamlComments(raw)) report(`line ${c.line}`, commentMessage(c.text));
  if (!Array.isArray(data)) {
    report('(file)', 'expected a YAML list of terms (id, cn, tw, hk, sources)');
    return { terms: [], problems };
  }
  const terms: Term[] = [];
  const ids = new Map<string, number>();
  data.forEach((item, i) => {
    const parsed = termSchema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) report(fieldPath([i, ...issue.path]), issue.message);
      return;
    }
    const t = parsed.data;
    terms.push(t);
    const previous = ids.get(t.id);
    if (previous !== undefined) report(`[${i}].id`, `expected a unique id, "${t.id}" is also [${previous}]`);
    ids.set(t.id, i);
    for (const region of ['tw', 'hk'] as const) {
      const sourced = t.sources.some((s) => s.for === region);
      if (t[region] !== t.cn && HAN.test(t[region]) && !sourced && !t.unsourced.includes(region))
        report(
          `[${i}].sources`,
          `expected a source for ${region} (a page where "${t[region]}" is seen), found none (or list the region under unsourced)`,
        );
      if (sourced && t.unsourced.includes(region))
        report(`[${i}].unsourced`, `expected ${region} out of unsourced: a source for it is listed`);
    }
  });
  return { terms, problems };
}

/** The task words: a valid file, and no word that opens two sections. */
export function validateSearchTasks(file: string, data: unknown, raw: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (field: string, message: string) => problems.push({ file, field, message });
  for (const c of yamlComments(raw)) report(`line ${c.line}`, commentMessage(c.text));
  const parsed = searchTasksFileSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) report(fieldPath(issue.path), issue.message);
    return problems;
  }
  const owner = new Map<string, string>();
  parsed.data.tasks.forEach((task, i) => {
    for (const [key, words] of [
      ['zh', task.zh],
      ['zhHant', task.zhHant],
      ['en', task.en],
    ] as const)
      words.forEach((w, j) => {
        const seen = owner.get(w);
        if (seen && seen !== task.section)
          report(`tasks[${i}].${key}[${j}]`, `expected "${w}" to open one section; it also opens "${seen}"`);
        owner.set(w, task.section);
      });
  });
  return problems;
}
