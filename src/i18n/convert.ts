// Simplified → Taiwan Traditional for the /zh-tw/ edition, at build time only. Three layers, the
// later winning: OpenCC's Taiwan phrase conversion (opencc-js, pinned exactly: its dictionaries change
// between releases, tests/unit/convert.test.ts keeps a snapshot of its output; OPENCC_FIXES corrects
// the few readings it gets wrong in this site's text), the term table
// (content/terms.yaml: 运营商 → 電信業者, 注销 → 註銷 and never OpenCC's 登出 "log out"), and
// per-sentence overrides (content/zh-tw-overrides.yaml), which print a whole sentence as written.
import * as OpenCC from 'opencc-js';
import type { Term } from '../schemas/terms.ts';

/** OpenCC's Simplified → Taiwan conversion with Taiwan phrases (短信 → 簡訊, 网络 → 網路). */
export const openccPhrases = OpenCC.Converter({ from: 'cn', to: 'twp' });
/** OpenCC's Simplified → Taiwan conversion of characters only (注销 → 註銷, where phrase mode says 登出). */
export const openccCharacters = OpenCC.Converter({ from: 'cn', to: 'tw' });

const HAN = /\p{Script=Han}/u;

/** One rule of the term table: the Simplified form the site prints → what the edition prints. */
export interface TermRule {
  /** The term's id in content/terms.yaml. */
  term: string;
  cn: string;
  tw: string;
}

/**
 * The edition's rules from the term table: each printed Simplified form (`cn`, then `cnPrinted`) →
 * the term's `tw`, or its own characters converted when the term says `twPrint: characters` or its
 * Taiwan form is unsourced. A form two terms claim goes to the first, as in search. Forms without
 * Chinese characters (eSIM, app) are left to OpenCC, which does not touch them.
 */
export function termRules(terms: readonly Term[]): TermRule[] {
  const rules = new Map<string, TermRule>();
  for (const t of terms) {
    const printTerm = t.twPrint === 'term' && !t.unsourced.includes('tw');
    for (const cn of [t.cn, ...t.cnPrinted]) {
      if (!HAN.test(cn) || rules.has(cn)) continue;
      rules.set(cn, { term: t.id, cn, tw: printTerm ? t.tw : openccCharacters(cn) });
    }
  }
  return [...rules.values()];
}

/** A text converter: Simplified in, Taiwan Traditional out; text without Chinese characters is returned as is. */
export type Convert = (text: string) => string;

/**
 * A converter that prints each override's text where its sentence appears, the term table's forms,
 * and runs OpenCC on the text between them. Overrides and terms are matched longest first, left to
 * right (手机号码 before 手机号), so a rule sees whole words only as far as the table lists them; an
 * override's sentence contains terms and therefore is the longer match.
 */
export function traditionalConverter(
  rules: readonly TermRule[],
  overrides: readonly { cn: string; tw: string }[] = [],
): Convert {
  const trie = new OpenCC.Trie();
  for (const r of rules) trie.addWord(r.cn, r.tw);
  for (const o of overrides) trie.addWord(o.cn, o.tw);
  const cache = new Map<string, string>();
  return (text) => {
    if (!HAN.test(text)) return text;
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    let out = '';
    let gap = 0;
    for (let at = 0; at < text.length; ) {
      const match = trie.matchPrefix(text, at);
      if (!match) {
        at++;
        continue;
      }
      out += inContext(text, gap, at) + match.value;
      at = gap = match.end;
    }
    out += inContext(text, gap, text.length);
    if (cache.size < 50_000) cache.set(text, out);
    return out;
  };
}

/** Characters of context on each side of a gap between terms. */
const CONTEXT = 2;

/**
 * OpenCC's conversion of `text.slice(from, to)`, read with the characters around it: OpenCC chooses by
 * phrase (户里 → 戶裡, but 里 alone stays 里), and a term that ends just before must not hide that. The
 * context is cut off again by length, so it is used only when OpenCC keeps the lengths of context and
 * gap as they are (it nearly always does from Simplified to Traditional).
 */
function inContext(text: string, from: number, to: number): string {
  const gap = text.slice(from, to);
  if (!HAN.test(gap)) return gap;
  const before = text.slice(Math.max(0, from - CONTEXT), from);
  const after = text.slice(to, to + CONTEXT);
  const alone = fixOpencc(openccPhrases(gap));
  if (!before && !after) return alone;
  const whole = fixOpencc(openccPhrases(before + gap + after));
  return whole.length === before.length + gap.length + after.length && alone.length === gap.length
    ? whole.slice(before.length, before.length + gap.length)
    : alone;
}

/**
 * Readings OpenCC 1.4.2's phrase mode gets wrong in this site's text, corrected in its output (never in
 * a term's or an override's form), each with a Simplified example that shows the error; a unit test
 * fails when OpenCC stops making it, so a fix outlives no bug. Taiwan writes 裡 for "inside", and
 * OpenCC leaves 里 after words it does not know (指南里, 副本里, 卡里); 里 stays where it means a mile
 * or a village (公里, 英里, 鄰里, 里長), or in a name (阿里雲).
 */
export const OPENCC_FIXES: readonly { example: string; wrong: RegExp; right: string }[] = [
  { example: '指南里的号码', wrong: /(?<![公英海千萬鄰故阿])里(?![程長約拉])/g, right: '裡' },
  { example: '打给发卡公司', wrong: /髮卡/g, right: '發卡' },
  { example: '可能会被发给运营商', wrong: /髮給/g, right: '發給' },
  { example: '怎么干净地停掉', wrong: /幹淨/g, right: '乾淨' },
];

const fixOpencc = (text: string) => OPENCC_FIXES.reduce((t, f) => t.replace(f.wrong, f.right), text);
