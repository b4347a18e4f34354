// A derived edition's search data (/zh-tw/search-data/), from the default edition's and the edition's
// converter, at build time (the search-index integration). Everything a reader sees is converted
// (titles, kinds, labels, section headings), URLs point at the edition, and every key is written in
// the edition's characters: the browser folds what the reader types, in either script, into those
// characters (`chars`) before looking it up, as the default edition folds Traditional into Simplified.
// Keys that differ only by the edition's vocabulary (携号转网 printed as the edition's word) are keyed
// both ways, so a reader may type the site's word or the one the edition prints.
import { foldChars, MAX_WORD, type SearchData } from './data.ts';

const HAN = /\p{Script=Han}/u;

export interface SearchEdition {
  /** '/zh-tw' */
  base: string;
  /** The edition's converter (Simplified → the edition's text, vocabulary included). */
  convert: (text: string) => string;
  /** One character of the default edition → the edition's character for it (OpenCC's first choice: 后 → 后, 发 → 發). */
  character: (ch: string) => string;
}

/**
 * Every character of either script the default table knows, and every Chinese character of `siteText`
 * (the default edition's), → the edition's character: the default's Simplified character converted,
 * a Traditional one through its Simplified form (註 → 注 → 注, 後 → 后 → 后). Characters that stay
 * as they are are left out.
 */
export function editionChars(
  defaultChars: Readonly<Record<string, string>>,
  siteText: string,
  character: SearchEdition['character'],
): Record<string, string> {
  const chars: Record<string, string> = {};
  const add = (from: string, to: string) => {
    if (from !== to && !Object.hasOwn(chars, from)) chars[from] = to;
  };
  for (const ch of new Set(siteText)) if (HAN.test(ch)) add(ch, character(ch));
  for (const [traditional, simplified] of Object.entries(defaultChars)) {
    add(simplified, character(simplified));
    add(traditional, character(simplified));
  }
  return chars;
}

/**
 * Words, in `chars` form, → as the edition prints them, wherever that is not what `chars` gives, from
 * pairs of the same text in both editions (each page's indexed text): a character printed in another
 * of its forms, taught with its neighbour (注銷 → 註銷, 最后 → 最後: 注 and 后 stay as they are
 * elsewhere), and a word the edition says differently (短信 → 簡訊, 退款 → 退費). Every occurrence of
 * such a word votes for how it is printed, so a word the edition changes only in some phrases keeps
 * its own form. Runs of Chinese are paired in order; a run whose length changed teaches nothing, and
 * neither does one printed as written (a quotation kept in its own script). `defaultChars` is the
 * default edition's table (its Traditional characters → Simplified), which tells a change of script
 * from a change of word.
 */
export function editionPhrases(
  pairs: readonly [defaultText: string, editionText: string][],
  chars: Readonly<Record<string, string>>,
  defaultChars: Readonly<Record<string, string>>,
  vocabulary: readonly string[] = [],
): Record<string, string> {
  // The term table's words are taught whole (editionSearchData): inside them, a character is no word.
  const terms = vocabulary.map((w) => [...w].map((ch) => chars[ch] ?? ch));
  const inTerm = (folded: string[]) => {
    const covered = folded.map(() => false);
    for (const term of terms)
      for (let i = 0; i + term.length <= folded.length; i++)
        if (term.every((ch, k) => folded[i + k] === ch)) for (let k = 0; k < term.length; k++) covered[i + k] = true;
    return covered;
  };
  const runs = (text: string) => text.match(/\p{Script=Han}+/gu) ?? [];
  const aligned: [folded: string[], printed: string[]][] = [];
  for (const [from, to] of pairs) {
    const fromRuns = runs(from);
    const toRuns = runs(to);
    if (fromRuns.length !== toRuns.length) continue;
    fromRuns.forEach((run, r) => {
      const source = [...run];
      const printed = [...toRuns[r]!];
      if (source.length === printed.length && run !== toRuns[r])
        aligned.push([source.map((ch) => chars[ch] ?? ch), printed]);
    });
  }
  const words = new Set<string>();
  for (const [folded, printed] of aligned) {
    const covered = inTerm(folded);
    /** The printed character is the same character in another form: its Simplified form folds as the source did. */
    const sameWord = (i: number) => {
      const simplified = defaultChars[printed[i]!];
      return printed[i] === folded[i] || (simplified !== undefined && (chars[simplified] ?? simplified) === folded[i]);
    };
    for (let i = 0; i < printed.length; i++) {
      if (printed[i] === folded[i] || covered[i]) continue;
      if (sameWord(i)) {
        if (i > 0) words.add(folded.slice(i - 1, i + 1).join(''));
        if (i + 1 < printed.length) words.add(folded.slice(i, i + 2).join(''));
        continue;
      }
      let end = i + 1;
      while (end < printed.length && !sameWord(end) && !covered[end]) end++;
      const start = end - i > 1 || i === 0 ? i : i - 1;
      words.add(folded.slice(start, Math.max(end, start + 2)).join(''));
      i = end - 1;
    }
  }
  const lengths = [...new Set([...words].map((w) => [...w].length))].filter((n) => n > 1);
  const votes = new Map<string, Map<string, number>>();
  for (const [folded, printed] of aligned)
    for (const n of lengths)
      for (let i = 0; i + n <= folded.length; i++) {
        const word = folded.slice(i, i + n).join('');
        if (!words.has(word)) continue;
        const counts = votes.get(word) ?? new Map<string, number>();
        const form = printed.slice(i, i + n).join('');
        counts.set(form, (counts.get(form) ?? 0) + 1);
        votes.set(word, counts);
      }
  const phrases: Record<string, string> = {};
  for (const [word, counts] of votes) {
    const [printed] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    if (printed !== word) phrases[word] = printed;
  }
  return phrases;
}

/**
 * The edition's search data from the default edition's `data`. `siteText` is the default edition's
 * text and `pairs` the same pages' text in both editions (for `chars` and `phrases`); `vocabulary`
 * the default edition's words the edition prints differently (the term table's), which pairs cannot
 * teach when the edition's word is longer or shorter.
 */
export function editionSearchData(
  data: SearchData,
  edition: SearchEdition,
  siteText: string,
  pairs: readonly [string, string][],
  vocabulary: readonly string[] = [],
): SearchData {
  const { convert } = edition;
  const chars = editionChars(data.chars, siteText, edition.character);
  const fold = (text: string) => foldChars(text, chars);
  /** A key of the default edition in the edition's characters, and the edition's own word for it when that differs. */
  const keys = (key: string) => [...new Set([fold(key), fold(convert(key))])];
  const rekey = <T>(map: Record<string, T>): Record<string, T> => {
    const out: Record<string, T> = {};
    for (const [key, value] of Object.entries(map))
      for (const k of keys(key)) if (!Object.hasOwn(out, k)) out[k] = value;
    return out;
  };
  const regional: Record<string, string> = {};
  for (const [form, word] of Object.entries(data.regional)) {
    const printed = convert(word);
    const key = fold(form);
    // The edition may print the regional form itself (門號): then there is nothing to rewrite.
    if (key !== fold(printed) && !Object.hasOwn(regional, key)) regional[key] = printed;
  }
  const phrases = editionPhrases(pairs, chars, data.chars, vocabulary);
  // Words the edition says differently, and the words search rewrites a query into.
  for (const word of new Set([...vocabulary, ...Object.keys(data.tasks.words), ...Object.values(data.regional)])) {
    const key = fold(word);
    const printed = convert(word);
    if (HAN.test(key) && key !== printed && [...key].length <= MAX_WORD && !Object.hasOwn(phrases, key))
      phrases[key] = printed;
  }
  const optional = (text: string | undefined) => (text === undefined ? undefined : convert(text));
  return {
    guides: data.guides.map((g) => ({
      ...g,
      url: `${edition.base}${g.url}`,
      title: convert(g.title),
      ...(g.kind === undefined ? {} : { kind: optional(g.kind) }),
      ...(g.ended === undefined ? {} : { ended: optional(g.ended) }),
    })),
    names: rekey(data.names),
    sites: data.sites,
    numbers: Object.fromEntries(
      Object.entries(data.numbers).map(([key, listings]) => [
        key,
        listings.map(([guide, label, official, display]) => [guide, convert(label), official, convert(display)]),
      ]),
    ),
    chars,
    phrases,
    regional,
    tasks: {
      words: rekey(data.tasks.words),
      sections: data.tasks.sections.map(([id, heading]) => [id, convert(heading)]),
    },
  };
}

/**
 * JSON of one part of an edition's search data. The character table's keys include the Simplified
 * characters a reader may type; they are written as \u escapes, which JSON.parse reads as the
 * characters, so the file holds no Simplified-only character as text.
 */
export function editionJson(part: object, simplifiedOnly: ReadonlySet<string>): string {
  return JSON.stringify(part).replace(/"(.)":/gu, (whole, ch: string) =>
    simplifiedOnly.has(ch)
      ? `"${ch
          .split('')
          .map((unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`)
          .join('')}":`
      : whole,
  );
}
