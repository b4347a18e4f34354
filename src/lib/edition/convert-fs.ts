// The edition's converter for a content root: its term table (content/terms.yaml) and its overrides
// (content/zh-tw-overrides.yaml), each override checked against the file it says the sentence is in.
// Node only.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { termRules, traditionalConverter, type Convert } from '../../i18n/convert.ts';
import { editionOverrideSchema, UI_SOURCE, type EditionOverride } from '../../schemas/edition-override.ts';
import { termSchema } from '../../schemas/terms.ts';
import { readYamlFile, TERMS_FILE } from '../content/load-fs.ts';
import { fieldPath } from '../content/rules/types.ts';

export const OVERRIDES_FILE = 'zh-tw-overrides.yaml';
const UI_DICTIONARY = 'src/i18n/zh-CN.json';

/**
 * The overrides of `contentRoot` (none without the file). Throws, naming the file, entry and field,
 * when an entry is invalid or its `cn` is no longer in its source: the sentence was edited, and the
 * hand-made Traditional text would now print something the source no longer says.
 */
export function loadOverrides(contentRoot: string): EditionOverride[] {
  const read = readYamlFile(contentRoot, OVERRIDES_FILE);
  if (!read) return [];
  const parsed = editionOverrideSchema.array().safeParse(read.data ?? []);
  if (!parsed.success)
    throw new Error(parsed.error.issues.map((i) => `${read.file}: ${fieldPath(i.path)}: ${i.message}`).join('\n'));
  const stale = parsed.data.flatMap((o, i) => {
    const path = o.source === UI_SOURCE ? UI_DICTIONARY : join(contentRoot, o.source);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      return [`${read.file}: [${i}].source: expected a file of the content root or "${UI_SOURCE}", no ${path}`];
    }
    return text.includes(o.cn)
      ? []
      : [
          `${read.file}: [${i}].cn: "${o.cn}" is no longer in ${path}; update the override to the new sentence or remove it`,
        ];
  });
  if (stale.length) throw new Error(stale.join('\n'));
  return parsed.data;
}

/** The Simplified → Taiwan converter for `contentRoot`: overrides, then terms, then OpenCC. */
export function loadConverter(contentRoot: string): Convert {
  const file = readYamlFile(contentRoot, TERMS_FILE);
  return traditionalConverter(termRules(file ? termSchema.array().parse(file.data) : []), loadOverrides(contentRoot));
}
