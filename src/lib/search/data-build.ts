// Builds /search-data.json at build time. Kept apart from data.ts, which runs in the browser,
// so OpenCC's dictionaries never reach the reader.
import * as OpenCC from 'opencc-js';
import { expandAliases, normalizeAlias } from './aliases.ts';
import { dialDigits, formatPhone, numberKey } from '../guide/phone.ts';
import { parseSite } from './match.ts';
import { foldChars, type ResultGuide, type NumberListing, type SearchData } from './data.ts';
import type { Carrier, SearchTasksFile, Term } from '../../schemas/index.ts';
import { t } from '../../i18n/index.ts';
import { regionalMap, taskWords, termCharacters } from './words-build.ts';
import { TASK_SECTIONS, type TaskSection } from '../guide/sections.ts';
import { citesOfficial, type Source } from '../guide/sources.ts';

/** Without the dictionary's headings (in tests), a section is shown by its id. */
const sectionIds = Object.fromEntries(TASK_SECTIONS.map((s) => [s, s])) as Record<TaskSection, string>;

export interface SearchGuide {
  ref: ResultGuide;
  /** The guide's own names: name, aliases, short names (carriers) or short title and aliases. */
  names: readonly string[];
  /** Carriers only: what the guide lists, for numbers and web addresses. */
  contacts?: Carrier['contacts'];
  sources?: readonly Source[];
}

/**
 * /search-data.json from the guides, in the order given (indexes into `guides` are stable within one
 * build only). `siteText` is all content text, for the Traditional→Simplified map. A name claimed by
 * two guides goes to the first; a number listed by several guides lists every one of them.
 */
export function buildSearchData(
  guides: readonly SearchGuide[],
  siteText: string,
  words: { terms?: readonly Term[]; tasks?: SearchTasksFile; sectionTitles?: Record<TaskSection, string> } = {},
): SearchData {
  const siteT2s = traditionalToSimplified(siteText);
  const t2s = { ...siteT2s, ...termCharacters(words.terms ?? [], siteT2s) };
  const names: Record<string, number> = {};
  guides.forEach(({ names: own }, i) => {
    for (const name of expandAliases(own)) {
      const key = normalizeAlias(foldChars(name, t2s));
      if (key && !(key in names)) names[key] = i;
    }
  });
  const sites: SearchData['sites'] = {};
  const numbers: SearchData['numbers'] = {};
  guides.forEach(({ contacts, sources = [] }, i) => {
    if (!contacts) return;
    for (const [host, paths] of ownSites(contacts, sources))
      for (const path of paths) {
        sites[host] ??= [];
        sites[host].push([path, i]);
      }
    const official = (ids: readonly string[]): 0 | 1 => (citesOfficial(sources, ids) ? 1 : 0);
    const list = (code: string, listing: NumberListing) => {
      const key = numberKey(code);
      if (key && !numbers[key]?.some(([g, label]) => g === i && label === listing[1])) {
        numbers[key] ??= [];
        numbers[key].push(listing);
      }
    };
    for (const p of contacts.phones) {
      list(p.number, [i, p.label, official(p.sources), formatPhone(p.number)]);
      if (p.fromAbroad.number)
        list(p.fromAbroad.number, [
          i,
          t('contact.fromAbroadLabel', { label: p.label }),
          official(p.sources),
          formatPhone(p.fromAbroad.number),
        ]);
    }
    for (const d of contacts.dialCodes) {
      const digits = dialDigits(d.code);
      list(d.code, [
        i,
        d.label,
        official(d.sources),
        digits === d.code ? d.code : t('contact.dialDigits', { code: d.code, digits }),
      ]);
    }
    for (const s of contacts.sms) list(s.to, [i, s.label, official(s.sources), t('contact.smsTo', { to: s.to })]);
  });
  return {
    guides: guides.map((g) => g.ref),
    names,
    sites,
    numbers,
    chars: t2s,
    phrases: {},
    regional: regionalMap(words.terms ?? [], siteText),
    tasks: words.tasks ? taskWords(words.tasks, words.sectionTitles ?? sectionIds) : { words: {}, sections: [] },
  };
}

/**
 * A carrier's own web addresses: the hosts of its contact links (without www.), and on those hosts
 * the first path segment of every contact link and official source (enough to tell
 * support.google.com/fi from /voice, att.com/prepaid from the rest). Third-party sources and
 * other hosts (fcc.gov, which every guide cites) say nothing about whose site an address is.
 */
function ownSites(contacts: Carrier['contacts'], sources: readonly Source[]): Map<string, Set<string>> {
  const sites = new Map<string, Set<string>>();
  const add = (url: string, create: boolean) => {
    const site = parseSite(url);
    if (!site || (!create && !sites.has(site.host))) return;
    if (!sites.has(site.host)) sites.set(site.host, new Set());
    sites.get(site.host)!.add(site.path[0] ?? '');
  };
  for (const link of contacts.links) add(link.url, true);
  for (const source of sources) if (source.official) add(source.url, false);
  return sites;
}

const toTraditional = [OpenCC.Converter({ from: 'cn', to: 'tw' }), OpenCC.Converter({ from: 'cn', to: 'hk' })];

/**
 * Every Traditional character OpenCC writes for the site's own text, mapped back. Whole lines are
 * converted, so characters that change only inside a phrase (the Simplified and Traditional forms of
 * "cancel") are caught too.
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
