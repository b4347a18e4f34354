// Part of `npm run build`, after Pagefind: dist/search-data/pages.json (Pagefind result id → guide, see
// src/lib/search/pagefind-pages-fs.ts), so full-text results need no fragment to show their titles. Its
// own file: dist/search-data/main.json is the Astro route's, written before Pagefind runs.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pageRefs, readFragments } from '../src/lib/search/pagefind-pages-fs.ts';
import { PAGES_FILE, type SearchData } from '../src/lib/search/data.ts';

const MAIN = 'dist/search-data/main.json';
const main = JSON.parse(readFileSync(MAIN, 'utf8')) as Partial<SearchData>;
if (!main.guides) throw new Error(`${MAIN} has no guides: run astro build first`);
const pages = pageRefs(readFragments('dist/pagefind/fragment'), main.guides);
writeFileSync(join('dist', PAGES_FILE), JSON.stringify(pages));
console.log(`search-pages: ${Object.keys(pages).length} Pagefind pages written to dist/${PAGES_FILE}`);
