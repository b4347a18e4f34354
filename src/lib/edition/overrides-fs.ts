// content/zh-tw-overrides.yaml, read and checked: a bad entry fails the build naming the file and field.
import { editionOverrideSchema, type EditionOverride } from '../../schemas/edition-override.ts';
import { readYamlFile } from '../content/load-fs.ts';
import { fieldPath } from '../content/rules/types.ts';

export const OVERRIDES_FILE = 'zh-tw-overrides.yaml';

/** The overrides of `contentRoot` (none when it has no such file); throws listing every invalid field. */
export function loadOverrides(contentRoot: string): { file: string; entries: EditionOverride[] } {
  const read = readYamlFile(contentRoot, OVERRIDES_FILE);
  if (!read) return { file: OVERRIDES_FILE, entries: [] };
  const parsed = editionOverrideSchema.array().safeParse(read.data ?? []);
  if (!parsed.success)
    throw new Error(
      parsed.error.issues.map((issue) => `${read.file}: ${fieldPath(issue.path)}: ${issue.message}`).join('\n'),
    );
  return { file: read.file, entries: parsed.data };
}
