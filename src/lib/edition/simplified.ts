// Characters that exist only in Simplified Chinese (发, 个, 这, 们 …; 3,798 in opencc-js 1.4.2): the
// test that no text of a Traditional edition is left Simplified. From OpenCC's own tables: a character
// OpenCC converts to something else (STCharacters) and never writes in Traditional output (no phrase
// or character of any Traditional table has it). 后, 干, 里, 台 are therefore not in it: Traditional
// text uses them too (皇后, 干擾, 公里, 台灣).
import stCharacters from 'opencc-js/dict/STCharacters';
import stPhrases from 'opencc-js/dict/STPhrases';
import tsCharacters from 'opencc-js/dict/TSCharacters';
import twPhrases from 'opencc-js/dict/TWPhrases';
import twVariants from 'opencc-js/dict/TWVariants';

const pairs = (dict: string) => dict.split('|').map((line) => line.split(' ') as [string, string]);

let cached: Set<string> | undefined;

/** The Simplified-only characters, one string each. */
export function simplifiedOnly(): ReadonlySet<string> {
  if (cached) return cached;
  const traditional = new Set<string>();
  for (const dict of [stCharacters, stPhrases, twPhrases, twVariants])
    for (const [, to] of pairs(dict)) for (const ch of to) traditional.add(ch);
  for (const [from] of pairs(tsCharacters)) for (const ch of from) traditional.add(ch);
  cached = new Set(pairs(stCharacters).flatMap(([from, to]) => (from !== to && !traditional.has(from) ? [from] : [])));
  return cached;
}

/** The Simplified-only characters in `text`, each once, in order of appearance. */
export function simplifiedOnlyIn(text: string): string[] {
  const set = simplifiedOnly();
  return [...new Set([...text].filter((ch) => set.has(ch)))];
}
