// Data the search UI loads on first use, derived at build time:
// - `names`: every spelling of every guide's own names (normalised) → the guide, so a query that IS a
//   guide's name puts that guide first. Pagefind cannot: it scores exact and prefix meta matches alike,
//   and segments a Chinese query ("携号转网") into words that never equal a whole Chinese name.
// - `t2s`: Traditional → Simplified for every character of the site's own text that OpenCC converts,
//   so a Traditional query (攜號轉網, 註銷, 門號) searches the Simplified index.
import * as OpenCC from 'opencc-js';
import { normalizeAlias, expandAliases } from './aliases.ts';

export interface GuideRef {
  url: string;
  title: string;
  kind?: string;
}

export interface SearchData {
  names: Record<string, number>;
  guides: GuideRef[];
  t2s: Record<string, string>;
}

export function buildSearchData(guides: { ref: GuideRef; names: readonly string[] }[], siteText: string): SearchData {
  const t2s = traditionalToSimplified(siteText);
  const names: Record<string, number> = {};
  guides.forEach(({ names: own }, i) => {
    for (const name of expandAliases(own)) {
      const key = normalizeAlias(toSimplified(name, t2s));
      if (key && !(key in names)) names[key] = i;
    }
  });
  return { names, guides: guides.map((g) => g.ref), t2s };
}

const toTraditional = [OpenCC.Converter({ from: 'cn', to: 'tw' }), OpenCC.Converter({ from: 'cn', to: 'hk' })];

/**
 * Every Traditional character OpenCC writes for the site's own text, mapped back. Whole lines are
 * converted, so characters that change only inside a phrase (注销 → 註銷) are caught too.
 */
function traditionalToSimplified(text: string): Record<string, string> {
  const map: Record<string, string> = {};
  const lines = [...new Set(text.split('\n').filter((l) => /[\u3400-\u9fff]/u.test(l)))];
  for (const convert of toTraditional) {
    for (const line of lines) {
      const simplified = [...line];
      const traditional = [...convert(line)];
      if (traditional.length !== simplified.length) continue;
      traditional.forEach((t, i) => {
        if (t !== simplified[i] && /[\u3400-\u9fff]/u.test(t) && !(t in map)) map[t] = simplified[i]!;
      });
    }
  }
  return map;
}

export function toSimplified(query: string, t2s: Record<string, string>): string {
  return [...query].map((ch) => t2s[ch] ?? ch).join('');
}

/** The guide whose own name the query is, if any. */
export function ownNameGuide(query: string, data: SearchData): GuideRef | undefined {
  const i = data.names[normalizeAlias(toSimplified(query, data.t2s))];
  return i === undefined ? undefined : data.guides[i];
}
