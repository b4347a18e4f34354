// What a query names before any full-text search: a guide's own name typed exactly, with a typo or
// half-typed, a carrier's web address, or a Chinese task word cut short. Runs in the browser on
// first use (search-ui.ts), against the names and sites in /search-data/main.json.
import { normalizeAlias } from './aliases.ts';
import { cut, foldChars, type SearchData } from './data.ts';

/** Every Unicode dash and hyphen (‐ ‑ ‒ – — ― − ﹣ － and the rest of Pd), and the soft hyphen. */
const DASHES = /[\p{Pd}\u2212\u00ad]/gu;

/**
 * The form a query is searched in: NFKC (full-width letters and digits become ASCII), every dash or
 * hyphen an ASCII "-", runs of spaces one space, trimmed. Case is kept for display; names compare
 * through normalizeAlias, which lower-cases.
 */
export function normalizeQuery(query: string): string {
  return query.normalize('NFKC').replace(DASHES, '-').replace(/\s+/g, ' ').trim();
}

/**
 * Damerau–Levenshtein distance in its optimal-string-alignment form: insertions, deletions,
 * substitutions and swaps of two neighbouring letters each cost 1 ("t-moblie" is one edit from
 * "t-mobile"). Counts UTF-16 code units, which is exact for the ASCII names it is used on.
 */
export function osaDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * Typos forgiven in a word of `length` characters: none up to 4 ("tello" and "hello"
 * stay apart), 1 for 5–8, 2 from 9.
 */
export function typoAllowance(length: number): number {
  return length <= 4 ? 0 : length <= 8 ? 1 : 2;
}

/** The smallest distance between `word` and any beginning of `name` ("tmobil" is 0 from "tmobileprepaid"). */
function prefixDistance(word: string, name: string): number {
  let best = Infinity;
  for (let end = Math.max(0, word.length - 2); end <= Math.min(name.length, word.length + 2); end++) {
    best = Math.min(best, osaDistance(word, name.slice(0, end)));
  }
  return best;
}

/**
 * What the query named. `guides` are indexes into SearchData.guides, best first.
 * - exact: the query (or one of its words) is a guide's own name.
 * - near: one guide is clearly the best near miss; `corrected` is the query with the mistyped word
 *   replaced by the name, for the full-text search.
 * - site: a carrier's web address; the best guide first, others on the same site after it.
 * - suggest: several guides fit equally well: ask which one the reader meant.
 * `whole` is true when the whole query is the name (or the address), not one word of it: the
 * reader asked for that guide, and the UI can answer from the search data alone.
 */
export type NameMatch =
  | { kind: 'exact' | 'site'; guides: number[]; whole: boolean }
  | { kind: 'near'; guides: [number]; corrected: string; whole: boolean }
  | { kind: 'suggest'; guides: number[]; whole: boolean };

const LATIN = /^[a-z0-9]+$/;
const HAN = /\p{Script=Han}/u;

/**
 * Match a query against the guides' own names and web addresses, in this order: a web address;
 * the whole query as an exact name; a Chinese query that is at least the first half of exactly one
 * guide's Chinese name (the first two characters of the porting guide's four); the whole query as a near miss; one of its words as an
 * exact name; one of its words as a near miss. A near miss is a Latin name, or the beginning of one, within
 * typoAllowance and with the same first letter. Among near misses the fewest edits wins ("hello" begins Hello Mobile with none,
 * and is one from Tello), then a whole name within the allowance ("tmobil" → T-Mobile before
 * T-Mobile Prepaid); a tie asks ("google"). Returns undefined when nothing fits.
 */
export function matchQuery(query: string, data: SearchData): NameMatch | undefined {
  const normalized = normalizeQuery(query);
  const site = matchSite(normalized, data);
  if (site) return site;
  const simplified = foldChars(normalized, data.chars);
  const words = simplified.split(' ');
  const exact = (text: string) => data.names[normalizeAlias(text)];
  const key = normalizeAlias(simplified);
  if (exact(simplified) !== undefined) return { kind: 'exact', guides: [exact(simplified)!], whole: true };
  if (HAN.test(key) && [...key].length >= 2) {
    // At least half of the name: two characters find a four-character name, but the word for
    // "cancel", which every guide is about, does not name the scams guide whose longer name begins with it.
    const begun = Object.entries(data.names).filter(
      ([name]) => name.startsWith(key) && 2 * [...key].length >= [...name].length,
    );
    const guides = uniqueGuides(begun.map(([, g]) => g));
    if (guides.length === 1) return { kind: 'exact', guides, whole: true };
    if (guides.length > 1) return { kind: 'suggest', guides: guides.slice(0, 5), whole: true };
  }
  // The whole query before its words: "verison prepaid" is Verizon Prepaid, not the word "prepaid".
  const near = words.length > 1 ? nearMatch(simplified, simplified, data, true) : undefined;
  if (near) return near;
  const word = words.find((w) => exact(w) !== undefined);
  if (word) return { kind: 'exact', guides: [exact(word)!], whole: false };
  for (const w of words) {
    const match = nearMatch(w, simplified, data, words.length === 1);
    if (match) return match;
  }
  return undefined;
}

/** The near-miss match for one word (or the whole query) of `query`; undefined when none fits. */
function nearMatch(word: string, query: string, data: SearchData, whole: boolean): NameMatch | undefined {
  const near = nearestNames(normalizeAlias(word), data);
  const [best, second] = near;
  if (!best) return undefined;
  if (second && second.typos === best.typos && second.whole === best.whole) {
    return {
      kind: 'suggest',
      guides: uniqueGuides(near.filter((n) => n.typos === best.typos && n.whole === best.whole).map((n) => n.guide)),
      whole,
    };
  }
  return {
    kind: 'near',
    guides: [best.guide],
    corrected: best.typos === 0 ? query : query.replace(word, best.name),
    whole,
  };
}

/**
 * The guides a whole-query match shows from the search data alone: the matched guides, then (for a
 * name, not an address) those whose own names begin with the name as typed or corrected, up to
 * `max` in all, shorter names first: "att" → AT&T, AT&T Prepaid; "verison" → Verizon, Verizon Prepaid.
 */
export function namedGuides(query: string, match: NameMatch, data: SearchData, max = 6): number[] {
  if (match.kind === 'site' || match.kind === 'suggest') return match.guides.slice(0, max);
  const key = normalizeAlias(foldChars(normalizeQuery(match.kind === 'near' ? match.corrected : query), data.chars));
  const beginning = Object.entries(data.names)
    .filter(([name, g]) => name.length > key.length && name.startsWith(key) && !match.guides.includes(g))
    .sort(([a, ga], [b, gb]) => a.length - b.length || ga - gb)
    .map(([, g]) => g);
  return uniqueGuides([...match.guides, ...beginning]).slice(0, max);
}

interface Near {
  guide: number;
  name: string;
  typos: number;
  whole: number;
}

/** Latin names within typoAllowance of `key`, the best per guide, best first. */
function nearestNames(key: string, data: SearchData): Near[] {
  const allowed = typoAllowance(key.length);
  if (!allowed || !LATIN.test(key)) return [];
  const best = new Map<number, Near>();
  for (const [name, guide] of Object.entries(data.names)) {
    // Readers seldom mistype the first letter, and allowing it turns words into names ("mobile" is
    // one letter from "tmobile").
    if (!LATIN.test(name) || name[0] !== key[0] || name.length < key.length - allowed) continue;
    const typos = prefixDistance(key, name);
    if (typos > allowed) continue;
    // A whole name beyond the allowance only counts as a beginning: "google" fits Google Fi and
    // Google Voice equally, "tmobil" fits T-Mobile (1 edit) better than T-Mobile Prepaid.
    const whole = osaDistance(key, name);
    const near = { guide, name, typos, whole: whole <= allowed ? whole : Infinity };
    const seen = best.get(guide);
    if (!seen || near.typos < seen.typos || (near.typos === seen.typos && near.whole < seen.whole))
      best.set(guide, near);
  }
  return [...best.values()].sort((a, b) => a.typos - b.typos || a.whole - b.whole || a.guide - b.guide);
}

const uniqueGuides = (guides: number[]) => [...new Set(guides)];

/** A carrier named together with a task: the guides to open (best first) at `section`, an index into TASK_SECTIONS. */
export interface TaskMatch {
  guides: number[];
  section: number;
}

/**
 * A query that names a carrier and a task ("verizon 暂停", "AT&T违约金", "straight talk cancel",
 * "verison 怎么注销"): the task words and fillers are taken out, and what is left must be a guide's
 * whole name (or a near miss of one), as matchQuery() reads it. The longest task word picks the
 * section; guides whose page lacks it (an ended service, a script for a carrier without a phone line)
 * are left out. Undefined when the query names no task, or nothing but a task.
 */
export function matchTask(query: string, data: SearchData): TaskMatch | undefined {
  const words = data.tasks?.words ?? {};
  let best = '';
  const rest: string[] = [];
  // "verizon注销" is "verizon 注销": Latin runs and Chinese runs are words of their own, and Chinese,
  // without spaces, is cut into the longest task words and fillers at each position.
  const text = foldChars(normalizeQuery(query), data.chars).toLowerCase();
  for (const token of text.split(' ').flatMap((t) => t.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu) ?? [])) {
    let kept = '';
    for (const piece of HAN.test(token) ? cut(token, words) : [token]) {
      const section = Object.hasOwn(words, piece) ? words[piece]! : undefined;
      if (section === undefined) kept += piece;
      else {
        if (kept) rest.push(kept);
        kept = '';
        if (section >= 0 && [...piece].length > [...best].length) best = piece;
      }
    }
    if (kept) rest.push(kept);
  }
  if (!best || !rest.length) return undefined;
  const section = words[best]!;
  const name = rest.join(' ');
  const match = matchQuery(name, data);
  if (!match?.whole || match.kind === 'suggest') return undefined;
  const bit = 1 << section;
  const guides = namedGuides(name, match, data).filter((g) => (data.guides[g]!.sections ?? 0) & bit);
  return guides.length ? { guides, section } : undefined;
}

/** "https://www.T-Mobile.com/support/x?y" → { host: "t-mobile.com", path: ["support", "x"] }; undefined when not a web address. */
export function parseSite(query: string): { host: string; path: string[] } | undefined {
  const m = /^(?:https?:\/\/)?(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?::\d+)?(\/[^\s?#]*)?(?:[?#]\S*)?$/i.exec(
    query.trim(),
  );
  if (!m) return undefined;
  return { host: m[1]!.toLowerCase(), path: (m[2] ?? '').toLowerCase().split('/').filter(Boolean) };
}

/**
 * A web address matched against the guides' own sites (SearchData.sites: host → [path, guide]).
 * A guide fits when one of its addresses is on the host, or a subdomain of it, and agrees with
 * every path segment the query gives; more agreeing segments rank higher, then a host whose name
 * is the guide's own name (att.com → AT&T before AT&T Prepaid), then more addresses on the site.
 */
function matchSite(query: string, data: SearchData): NameMatch | undefined {
  const site = parseSite(query);
  if (!site) return undefined;
  const label = normalizeAlias(site.host.split('.').at(-2) ?? '');
  const scores = new Map<number, { depth: number; own: number; count: number }>();
  for (const [host, entries] of Object.entries(data.sites)) {
    if (host !== site.host && !host.endsWith(`.${site.host}`) && !site.host.endsWith(`.${host}`)) continue;
    for (const [path, guide] of entries) {
      const segments = path.split('/').filter(Boolean);
      const depth = site.path.findIndex((s, i) => segments[i] !== s);
      const agreed = depth === -1 ? site.path.length : depth;
      if (site.path.length && agreed === 0) continue;
      const own = data.names[label] === guide ? 1 : 0;
      const seen = scores.get(guide) ?? { depth: -1, own, count: 0 };
      scores.set(guide, { depth: Math.max(seen.depth, agreed), own, count: seen.count + 1 });
    }
  }
  const ranked = [...scores.entries()].sort(
    ([ga, a], [gb, b]) => b.depth - a.depth || b.own - a.own || b.count - a.count || ga - gb,
  );
  if (!ranked.length) return undefined;
  const [[, top], second] = [ranked[0]!, ranked[1]];
  const tied = second && second[1].depth === top.depth && second[1].own === top.own;
  return { kind: tied ? 'suggest' : 'site', guides: ranked.map(([g]) => g), whole: true };
}
