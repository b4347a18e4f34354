// The edition's converter for a content root: its term table (content/terms.yaml) and its overrides
// (content/zh-tw-overrides.yaml), each override checked against the file it says the sentence is in.
// Node only.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { termRules, traditionalConverter, type Convert, type TermRule } from '../../i18n/convert.ts';
import { editionOverrideSchema, UI_SOURCE, type EditionOverride } from '../../schemas/edition-override.ts';
import { termSchema } from '../../schemas/terms.ts';
import { readYamlFile, TERMS_FILE } from '../content/load-fs.ts';
import { type ContentProblem, fieldPath } from '../content/rules/types.ts';

export const OVERRIDES_FILE = 'zh-tw-overrides.yaml';
const UI_DICTIONARY = 'src/i18n/zh-CN.json';

/**
 * The overrides of `contentRoot` (none without the file), with a problem for each invalid field and
 * for each `cn` no longer in its source: the sentence was edited, and the hand-made Traditional text
 * would now print something the source no longer says.
 */
export function checkOverrides(contentRoot: string): { overrides: EditionOverride[]; problems: ContentProblem[] } {
  const read = readYamlFile(contentRoot, OVERRIDES_FILE);
  if (!read) return { overrides: [], problems: [] };
  const parsed = editionOverrideSchema.array().safeParse(read.data ?? []);
  if (!parsed.success)
    return {
      overrides: [],
      problems: parsed.error.issues.map((i) => ({ file: read.file, field: fieldPath(i.path), message: i.message })),
    };
  const problems = parsed.data.flatMap((o, i): ContentProblem[] => {
    const path = o.source === UI_SOURCE ? UI_DICTIONARY : join(contentRoot, o.source);
    if (!existsSync(path))
      return [
        {
          file: read.file,
          field: `[${i}].source`,
          message: `expected a file of the content root or "${UI_SOURCE}", no ${path}`,
        },
      ];
    return readFileSync(path, 'utf8').includes(o.cn)
      ? []
      : [
          {
            file: read.file,
            field: `[${i}].cn`,
            message: `expected "${o.cn}" as ${path} writes it; it is no longer there: update the override to the new sentence or remove it`,
          },
        ];
  });
  return { overrides: parsed.data, problems };
}

/** The overrides of `contentRoot`; throws listing every problem (see checkOverrides). */
export function loadOverrides(contentRoot: string): EditionOverride[] {
  const { overrides, problems } = checkOverrides(contentRoot);
  if (problems.length) throw new Error(problems.map((p) => `${p.file}: ${p.field}: ${p.message}`).join('\n'));
  return overrides;
}

/** The term table's rules for `contentRoot`; none when the root has no term table. */
export function loadTermRules(contentRoot: string): TermRule[] {
  const file = readYamlFile(contentRoot, TERMS_FILE);
  return termRules(file ? termSchema.array().parse(file.data) : []);
}

/**
 * One converter per content root for the life of the process: the edition step and the search data
 * convert many of the same strings, and the converter remembers what it converted.
 */
const converters = new Map<string, Convert>();

/** The Simplified → Taiwan converter for `contentRoot`: overrides, then terms, then OpenCC. */
export function loadConverter(contentRoot: string): Convert {
  let convert = converters.get(contentRoot);
  if (!convert) {
    convert = traditionalConverter(loadTermRules(contentRoot), loadOverrides(contentRoot));
    converters.set(contentRoot, convert);
  }
  return convert;
}
