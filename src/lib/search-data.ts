// Data the search UI loads on first use, derived at build time (search-data-build.ts):
// - `names`: every spelling of every guide's own names (normalised) → the guide, so a query that IS a
//   guide's name puts that guide first. Pagefind cannot: it scores exact and prefix meta matches alike,
//   and segments a Chinese query ("携号转网") into words that never equal a whole Chinese name.
// - `t2s`: Traditional → Simplified for every character of the site's own text that OpenCC converts,
//   so a Traditional query (攜號轉網, 註銷, 門號) searches the Simplified index.
import { normalizeAlias } from './aliases.ts';

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

export function toSimplified(query: string, t2s: Record<string, string>): string {
  return [...query].map((ch) => t2s[ch] ?? ch).join('');
}

/**
 * The guide whose own name the query is, or failing that the first word of the query that is a
 * guide's own name ("T-Mobile 转网密码" → T-Mobile, "保号卡 注销" → the number-keeping guide).
 */
export function ownNameGuide(query: string, data: SearchData): GuideRef | undefined {
  const simplified = toSimplified(query, data.t2s);
  for (const candidate of [simplified, ...simplified.split(/\s+/)]) {
    const i = data.names[normalizeAlias(candidate)];
    if (i !== undefined) return data.guides[i];
  }
  return undefined;
}
