// Builds /search-data.json at build time. Kept apart from search-data.ts, which runs in the browser,
// so OpenCC's dictionaries never reach the reader.
import * as OpenCC from 'opencc-js';
import { expandAliases, normalizeAlias } from './aliases.ts';
import { toSimplified, type GuideRef, type SearchData } from './search-data.ts';

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

