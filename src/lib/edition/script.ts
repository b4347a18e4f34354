// A derived edition's copy of a browser script: the UI words it carries (virtual:ui-words/…, inlined
// by the bundler as string literals) replaced by the edition's words. Any other Chinese text in a
// script fails: browser code takes its words from the dictionary, so nothing else can be converted
// by mistake (a regular expression, a lookup table).
import { tokenizer } from 'acorn';
import type { UiDictionary } from '../../i18n/schema.ts';

const HAN = /\p{Script=Han}/u;

/** Each word of `from` → the same key's word of `to`. */
export function wordMap(from: UiDictionary, to: UiDictionary): Map<string, string> {
  const map = new Map<string, string>();
  for (const [group, entries] of Object.entries(from))
    for (const [key, word] of Object.entries(entries as Record<string, string>))
      map.set(word, (to[group as keyof UiDictionary] as Record<string, string>)[key]!);
  return map;
}

/**
 * `code` (an ES module) with every string or template literal that holds Chinese replaced by the
 * same word in the edition. Throws naming `file` for Chinese text that is not a whole UI word.
 */
export function editionScript(code: string, words: ReadonlyMap<string, string>, file: string): string {
  const edits: { start: number; end: number; text: string }[] = [];
  for (const token of tokenizer(code, { ecmaVersion: 'latest', sourceType: 'module' })) {
    const label = token.type.label;
    if ((label !== 'string' && label !== 'template') || !HAN.test(code.slice(token.start, token.end))) continue;
    // A string token spans its quotes; a template token is the text between ` and ` (or ${).
    const [start, end] = label === 'string' ? [token.start + 1, token.end - 1] : [token.start, token.end];
    const word = words.get(code.slice(start, end));
    if (word === undefined)
      throw new Error(
        `${file}: Chinese text that is not a UI word, "${code.slice(start, Math.min(end, start + 40))}"; take it from the dictionary`,
      );
    edits.push({ start, end, text: word });
  }
  let out = code;
  for (const e of edits.reverse()) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
