// content/phone-script.yaml: every part of the script has lines, each in English and for the reader,
// with no placeholder the template cannot fill.
import { phoneScriptSchema } from '../../../schemas/index.ts';
import { checkDataFile } from './data-file.ts';
import type { ContentProblem } from './types.ts';

export function validatePhoneScript(file: string, data: unknown, raw: string, spam: RegExp[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  checkDataFile(data, raw, spam, phoneScriptSchema, (field, message) => problems.push({ file, field, message }));
  return problems;
}
