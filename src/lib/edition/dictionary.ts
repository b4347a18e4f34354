// A derived edition's UI dictionary: every word of the default dictionary converted. The result is
// committed (src/i18n/zh-TW.json, written by `npm run edition:words`) so that a change of OpenCC or of
// the term table shows in review as a diff of words; tests/unit/edition.test.ts fails when it is stale.
import type { Convert } from '../../i18n/convert.ts';
import type { UiDictionary } from '../../i18n/schema.ts';

/** `words` with each string converted, same groups and keys. */
export function convertDictionary(words: UiDictionary, convert: Convert): UiDictionary {
  return Object.fromEntries(
    Object.entries(words).map(([group, entries]) => [
      group,
      Object.fromEntries(Object.entries(entries as Record<string, string>).map(([k, v]) => [k, convert(v)])),
    ]),
  ) as UiDictionary;
}

/** The dictionary file's text: two-space JSON with a final newline, as Biome formats it. */
export const dictionaryJson = (words: UiDictionary) => `${JSON.stringify(words, null, 2)}\n`;
