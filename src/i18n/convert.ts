// Simplified → Traditional (Taiwan) for the /zh-tw/ edition, at build time only. Three layers, the
// later winning: OpenCC's Taiwan phrase conversion (opencc-js, pinned exactly: its dictionaries change
// between releases, tests/unit/convert.test.ts keeps a snapshot of its output), the term table
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
      out += openccPhrases(text.slice(gap, at)) + match.value;
      at = gap = match.end;
    }
    out += openccPhrases(text.slice(gap));
    if (cache.size < 50_000) cache.set(text, out);
    return out;
  };
}
