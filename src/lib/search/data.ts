// Data the search UI loads on first use, derived at build time (data-build.ts) from frontmatter:
// - `guides`: url, title and kind of every guide, so results and suggestions need no Pagefind fragment.
// - `names`: every spelling of every guide's own names (normalised) → the guide, so a query that IS a
//   guide's name puts that guide first, and a near miss finds it (match.ts). Pagefind cannot:
//   it scores exact and prefix meta matches alike, has no typo tolerance, and segments a Chinese query
//   (the porting guide's four-character name) into words that never equal a whole Chinese name.
// - `sites`: each carrier's own web addresses (host → [first path segment, guide]), so a pasted
//   address such as support.google.com/fi finds the guide it belongs to.
// - `numbers`: every phone number, dial code and SMS short code a guide lists, by numberKey().
// - `chars`: query character → the character the keys of this edition are written with. In the default
//   edition, Traditional → Simplified for every character of the site's own text that OpenCC converts,
//   so a query in Traditional characters searches the Simplified index; in a derived edition
//   (edition-data.ts) every character of either script → the edition's own, so keys hold no Simplified.
// - `phrases`: derived editions only: words of the query (in `chars` form) → as the edition prints
//   them (注銷 → 註銷, 后付費 → 後付費), which a character table cannot know, for the full-text index.
// - `regional`: what readers in Taiwan and Hong Kong write (門號, 攜碼, 月租型, 退租…) → the site's word
//   (手机号, 携号转网, 后付费, 注销), from content/terms.yaml, for words the site does not use itself.
// - `tasks`: the words that name a part of a carrier's guide (注销, 转网密码, refund…) → its section,
//   from content/search-tasks.yaml, so "verizon 暂停" opens /carriers/verizon/#pause.
// Beside it, /search-data/pages.json (PAGES_FILE): Pagefind's result id → the guide (or [url, title]
// for /questions/), written after Pagefind by the search-index integration, so full-text results show
// at once and fetch fragments only for excerpts. Its own file, because Pagefind runs after the pages.
import { numberKey } from '../guide/phone.ts';

export interface ResultGuide {
  url: string;
  title: string;
  kind?: string;
  /** Set when the carrier no longer sells service: still found by its names, shown with this label. */
  ended?: string;
  /** Carrier guides: the TASK_SECTIONS the page has, one bit each in that order. */
  sections?: number;
}

/** Task words → index in TASK_SECTIONS (-1 for words dropped around them: "how", "to"), and the sections. */
export interface SearchTasks {
  words: Record<string, number>;
  /** TASK_SECTIONS in that order: each section's id and its heading from the UI dictionary. */
  sections: [id: string, heading: string][];
}

/** One contact a guide lists: [guide index, the guide's label for it, 1 if an official source names it, as written]. */
export type NumberListing = [guide: number, label: string, official: 0 | 1, display: string];

/** A page Pagefind indexed: the index of its guide in SearchData.guides, or [url, title] for another page. */
export type PageRef = number | [url: string, title: string];

/** Pagefind's result id → its page; absent in `npm run dev` (no Pagefind): the UI then reads fragments. */
export type PageRefs = Record<string, PageRef>;

/** Where the result map is written under the output directory, and fetched from the site's root. */
export const PAGES_FILE = 'search-data/pages.json';

export interface SearchData {
  guides: ResultGuide[];
  names: Record<string, number>;
  sites: Record<string, [path: string, guide: number][]>;
  numbers: Record<string, NumberListing[]>;
  chars: Record<string, string>;
  phrases: Record<string, string>;
  regional: Record<string, string>;
  tasks: SearchTasks;
}

/** How /search-data/<part>.json splits the data: the UI loads `main` first, the others only when a query needs them. */
export const SEARCH_DATA_PARTS = {
  main: ['guides', 'names', 'sites', 'tasks'],
  chars: ['chars', 'regional', 'phrases'],
  numbers: ['numbers'],
} as const satisfies Record<string, readonly (keyof SearchData)[]>;

/** Which parts a query needs besides `main`: `chars` for any Chinese character, `numbers` for a number. */
export function partsFor(query: string): (keyof typeof SEARCH_DATA_PARTS)[] {
  return [
    'main',
    ...(/\p{Script=Han}/u.test(query) ? (['chars'] as const) : []),
    ...(numberKey(query) !== undefined ? (['numbers'] as const) : []),
  ];
}

/** The longest regional form or task word looked up, in characters. */
export const MAX_WORD = 12;

/**
 * `text` cut into pieces, each the longest key of `dict` at its position (up to MAX_WORD characters)
 * or a single character that begins none: 门号可携 with 门号可携 and 门号 in `dict` is one piece.
 */
export function cut(text: string, dict: Record<string, unknown>): string[] {
  const chars = [...text];
  const pieces: string[] = [];
  for (let i = 0; i < chars.length; ) {
    let n = Math.min(MAX_WORD, chars.length - i);
    while (n > 1 && !Object.hasOwn(dict, chars.slice(i, i + n).join(''))) n--;
    pieces.push(chars.slice(i, i + n).join(''));
    i += n;
  }
  return pieces;
}

/** The query (in the keys' characters, foldChars) in the site's words: 门号 携码 → 手机号 携号转网. */
export function toSiteWords(query: string, regional: Record<string, string>): string {
  return cut(query, regional)
    .map((piece) => (Object.hasOwn(regional, piece) ? regional[piece] : piece))
    .join('');
}

/** The query in the characters the edition's keys are written with (SearchData.chars). */
export function foldChars(query: string, chars: Record<string, string>): string {
  return [...query].map((ch) => chars[ch] ?? ch).join('');
}

/**
 * Every guide that lists the number, dial code or short code the query is, in guide order; an
 * empty list when the query is a number no guide lists; undefined when it is not a number at all.
 */
export function lookupNumber(query: string, data: SearchData): NumberListing[] | undefined {
  const key = numberKey(query);
  return key === undefined ? undefined : (data.numbers[key] ?? []);
}
