// Builds the `regional` and `tasks` parts of the search data (search-data-build.ts) from
// content/terms.yaml and content/search-tasks.yaml. Build time only: OpenCC never reaches the reader.
import * as OpenCC from 'opencc-js';
import type { SearchTasksFile, Term } from '../../schemas/index.ts';
import { TASK_SECTIONS, type TaskSection } from '../guide/sections.ts';
import { MAX_WORD, type SearchTasks } from './data.ts';
import { normalizeQuery } from './match.ts';

const HAN = /\p{Script=Han}/u;
const fromTw = OpenCC.Converter({ from: 'tw', to: 'cn' });
const fromHk = OpenCC.Converter({ from: 'hk', to: 'cn' });

/**
 * Regional form (in Simplified characters: the query is converted first, see termCharacters) → the site's word, for every Taiwan and Hong
 * Kong form with Chinese characters that the site itself uses at most once (門號, 攜碼, 月租型, 退租 —
 * the site has 退租 once, in a sentence about renting a device). Forms the site uses (号码, 暂停,
 * 国际漫游) are left alone: the full text already finds them, and rewriting them would change what the
 * reader asked. The site's word is the term's `cn`, or the first `cnAlso` the site uses. Printable
 * forms (`tw`, `hk`) are claimed before search-only ones, then in the order of the file: 停話 is
 * Taiwan's printable word for 停机, and only a search variant of 暂停线路.
 */
export function regionalMap(terms: readonly Term[], siteText: string): Record<string, string> {
  const uses = (word: string) => {
    let count = 0;
    for (let at = siteText.indexOf(word); at >= 0 && count < 2; at = siteText.indexOf(word, at + 1)) count++;
    return count;
  };
  const map: Record<string, string> = {};
  const claim = (simplified: string, site: string) => {
    const key = normalizeQuery(simplified);
    if ([...key].length < 2 || [...key].length > MAX_WORD || key === site || key in map) return;
    if (uses(simplified) > 1 || !HAN.test(key)) return;
    map[key] = site;
  };
  const siteWord = (t: Term) => [t.cn, ...t.cnAlso].find((w) => uses(w) > 0);
  const passes: ((t: Term) => [string, (s: string) => string][])[] = [
    (t) => [
      [t.tw, fromTw],
      [t.hk, fromHk],
    ],
    (t) => [
      ...t.twAlso.map((f) => [f, fromTw] as [string, typeof fromTw]),
      ...t.hkAlso.map((f) => [f, fromHk] as [string, typeof fromHk]),
    ],
  ];
  for (const forms of passes)
    for (const t of terms) {
      const site = siteWord(t);
      if (site) for (const [form, convert] of forms(t)) claim(convert(form), site);
    }
  return map;
}

/**
 * Traditional → Simplified for the characters of the regional forms the site's own text lacks (門, 攜,
 * 儲…), added to the `t2s` table so that a query is converted before its words are looked up.
 */
export function termCharacters(terms: readonly Term[], t2s: Readonly<Record<string, string>>): Record<string, string> {
  const added: Record<string, string> = {};
  for (const t of terms)
    for (const [forms, convert] of [
      [[t.tw, ...t.twAlso], fromTw],
      [[t.hk, ...t.hkAlso], fromHk],
    ] as const)
      for (const form of forms) {
        const traditional = [...form];
        const simplified = [...convert(form)];
        if (traditional.length !== simplified.length) continue;
        traditional.forEach((ch, i) => {
          if (ch !== simplified[i] && HAN.test(ch) && !(ch in t2s) && !(ch in added)) added[ch] = simplified[i]!;
        });
      }
  return added;
}

/** Task word (Simplified, Traditional, English in lower case) → its index in TASK_SECTIONS; a filler → -1. */
export function taskWords(file: SearchTasksFile, titles: Record<TaskSection, string>): SearchTasks {
  const words: Record<string, number> = {};
  for (const task of file.tasks) {
    const section = TASK_SECTIONS.indexOf(task.section);
    for (const w of [...task.zh, ...task.zhHant, ...task.en]) words[normalizeQuery(w).toLowerCase()] ??= section;
  }
  for (const filler of file.fillers) words[normalizeQuery(filler).toLowerCase()] ??= -1;
  return {
    words,
    sections: TASK_SECTIONS.map((s) => [s, titles[s]]),
  };
}
