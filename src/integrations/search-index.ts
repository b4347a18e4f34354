// After Astro has written the pages (and the edition its copies): the Pagefind index (through
// Pagefind's Node API, as Starlight runs it) into <output>/pagefind/, one index per language; then each
// derived edition's search data (<base>/search-data/, from the default edition's parts, which the
// search-data route wrote, and the two editions' indexed text); then each edition's
// <base>/search-data/pages.json, its Pagefind result ids mapped to the guides of its main.json, so
// full-text results show their titles without fetching a fragment. Everything goes under the output
// directory Astro gives the hook, so fixture and benchmark builds in other folders get their own index.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';
import { openccCharacters } from '../i18n/convert.ts';
import { DEFAULT_LOCALE, DERIVED_LOCALES, LOCALES, type LocaleId } from '../i18n/config.ts';
import { loadConverter, loadTermRules } from '../lib/edition/convert-fs.ts';
import { simplifiedOnly } from '../lib/edition/simplified.ts';
import { editionJson, editionSearchData } from '../lib/search/edition-data.ts';
import { pageRefs, readFragments, type PagefindFragment } from '../lib/search/pagefind-pages-fs.ts';
import { PAGES_FILE, SEARCH_DATA_PARTS, type SearchData } from '../lib/search/data.ts';

/**
 * What Pagefind leaves out of the index and out of result excerpts (selectors cost the HTML nothing):
 * controls, repeated furniture and derived lists. The Node API reads no pagefind.yml; these are the
 * only Pagefind options.
 */
export const PAGEFIND_INDEX_OPTIONS: pagefind.PagefindServiceConfig = {
  excludeSelectors: [
    "a[href^='#src-']",
    'button',
    'nav.toc',
    '.guide-meta',
    '.report',
    '.print-qr',
    'section.sources',
    'section.script',
    '.carrier-list',
    // Text that is the same on every carrier page (the decide list, the checklist, the notes beside
    // pause and abroad): indexed 35–40 times, it only made every carrier match and every fragment larger.
    // tests/site/search-index.test.ts keeps it out.
    '.boilerplate',
    // The guide's latest change under its title (the latest-change line): news about the page, not its
    // content; it became the excerpt of every result whose title matched.
    '.latest-change',
  ],
};

const elapsed = (start: number) => `${Math.round(performance.now() - start)} ms`;

/** Pagefind's errors, one log line each, then a thrown error: a build without its index must fail. */
function check<T extends { errors: string[] }>(response: T, logger: AstroIntegrationLogger): T {
  if (response.errors.length) {
    for (const error of response.errors) logger.error(`Pagefind: ${error}`);
    throw new Error('Pagefind could not build the search index (its errors are above)');
  }
  return response;
}

/** Indexes `outDir` into `outDir`/pagefind/; returns how many pages it indexed. */
async function writePagefindIndex(outDir: string, logger: AstroIntegrationLogger): Promise<number> {
  try {
    const { index } = check(await pagefind.createIndex(PAGEFIND_INDEX_OPTIONS), logger);
    if (!index) throw new Error('Pagefind returned no index');
    const { page_count } = check(await index.addDirectory({ path: outDir }), logger);
    check(await index.writeFiles({ outputPath: join(outDir, 'pagefind') }), logger);
    return page_count;
  } finally {
    await pagefind.close();
  }
}

/** An edition's own fragments: Pagefind names each by its index's language ("zh-tw_b1db6eb"). */
const fragmentsOf = (fragments: readonly PagefindFragment[], id: LocaleId) =>
  fragments.filter((f) => f.id.startsWith(`${LOCALES[id].lang.toLowerCase()}_`));

const searchDataDir = (outDir: string, id: LocaleId) => join(outDir, LOCALES[id].base, 'search-data');

/** Writes every derived edition's search data parts from the default edition's; returns the bytes written. */
function writeEditionData(outDir: string, fragments: readonly PagefindFragment[], contentRoot: string): number {
  const source = searchDataDir(outDir, DEFAULT_LOCALE);
  const data = Object.assign(
    {},
    ...Object.keys(SEARCH_DATA_PARTS).map((part) => JSON.parse(readFileSync(join(source, `${part}.json`), 'utf8'))),
  ) as SearchData;
  const defaultPages = fragmentsOf(fragments, DEFAULT_LOCALE);
  const siteText = defaultPages.map((f) => f.content).join('\n');
  const convert = loadConverter(contentRoot);
  const vocabulary = loadTermRules(contentRoot).map((rule) => rule.cn);
  let bytes = 0;
  for (const id of DERIVED_LOCALES) {
    const { base } = LOCALES[id];
    const printed = new Map(fragmentsOf(fragments, id).map((f) => [f.url, f.content]));
    const pairs = defaultPages.flatMap((f): [string, string][] => {
      const text = printed.get(`${base}${f.url}`);
      return text === undefined ? [] : [[f.content, text]];
    });
    const edition = editionSearchData(
      data,
      { base, convert, character: openccCharacters },
      siteText,
      pairs,
      vocabulary,
    );
    const dir = searchDataDir(outDir, id);
    mkdirSync(dir, { recursive: true });
    for (const [part, keys] of Object.entries(SEARCH_DATA_PARTS)) {
      const json = editionJson(Object.fromEntries(keys.map((k) => [k, edition[k]])), simplifiedOnly());
      writeFileSync(join(dir, `${part}.json`), json);
      bytes += Buffer.byteLength(json);
    }
  }
  return bytes;
}

/** Writes each edition's <base>/search-data/pages.json from its own fragments; returns how many pages they map. */
function writePageRefs(outDir: string, fragments: readonly PagefindFragment[]): number {
  let mapped = 0;
  for (const id of Object.keys(LOCALES) as LocaleId[]) {
    const main = join(searchDataDir(outDir, id), 'main.json');
    const { guides } = JSON.parse(readFileSync(main, 'utf8')) as Partial<SearchData>;
    if (!guides) throw new Error(`${main} has no guides`);
    const pages = pageRefs(fragmentsOf(fragments, id), guides);
    writeFileSync(join(outDir, LOCALES[id].base, PAGES_FILE), JSON.stringify(pages));
    mapped += Object.keys(pages).length;
  }
  return mapped;
}

export function searchIndex(contentRoot: string): AstroIntegration {
  return {
    name: 'search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        let start = performance.now();
        const indexed = await writePagefindIndex(outDir, logger);
        logger.info(`Pagefind read ${indexed} HTML files in ${elapsed(start)}`);
        start = performance.now();
        const fragments = readFragments(join(outDir, 'pagefind', 'fragment'));
        const bytes = writeEditionData(outDir, fragments, contentRoot);
        logger.info(`search data of ${DERIVED_LOCALES.join(', ')}: ${bytes} bytes in ${elapsed(start)}`);
        start = performance.now();
        const mapped = writePageRefs(outDir, fragments);
        logger.info(`${PAGES_FILE}: ${mapped} result ids mapped to their pages in ${elapsed(start)}`);
      },
    },
  };
}
