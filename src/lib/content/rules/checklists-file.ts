// content/checklists.yaml: valid items, each id once per list (a reader's ticks are stored by id).
import { checklistsSchema } from '../../../schemas/index.ts';
import { checkDataFile } from './data-file.ts';
import type { ContentProblem } from './types.ts';

export function validateChecklists(file: string, data: unknown, raw: string, spam: RegExp[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (field: string, message: string) => problems.push({ file, field, message });
  const lists = checkDataFile(data, raw, spam, checklistsSchema, report);
  if (!lists) return problems;
  for (const [name, items] of Object.entries(lists)) {
    const seen = new Map<string, number>();
    items.forEach((item, i) => {
      const previous = seen.get(item.id);
      if (previous !== undefined) report(`${name}[${i}].id`, `duplicate id "${item.id}" (also ${name}[${previous}])`);
      seen.set(item.id, i);
    });
  }
  return problems;
}
