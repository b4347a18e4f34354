// The edition's converter, built from a content root's term table (content/terms.yaml). Node only.
import { termRules, traditionalConverter, type Convert } from '../../i18n/convert.ts';
import { termSchema } from '../../schemas/terms.ts';
import { readYamlFile, TERMS_FILE } from '../content/load-fs.ts';

/** The Simplified → Taiwan converter for `contentRoot`; OpenCC alone when the root has no term table. */
export function loadConverter(contentRoot: string): Convert {
  const file = readYamlFile(contentRoot, TERMS_FILE);
  return traditionalConverter(termRules(file ? termSchema.array().parse(file.data) : []));
}
