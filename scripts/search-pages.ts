// Part of `npm run build`, after Pagefind: adds `pages` (Pagefind result id → guide, see
// src/lib/search/pagefind-pages-fs.ts) to dist/search-data/main.json, so full-text results need no fragment
// to show their titles.
import { readFileSync, writeFileSync } from 'node:fs';
import { pageRefs, readFragments } from '../src/lib/search/pagefind-pages-fs.ts';
import type { SearchData } from '../src/lib/search/data.ts';

const MAIN = 'dist/search-data/main.json';
const main = JSON.parse(readFileSync(MAIN, 'utf8')) as Partial<SearchData>;
if (!main.guides) throw new Error(`${MAIN} has no guides: run astro build first`);
const pages = pageRefs(readFragments('dist/pagefind/fragment'), main.guides);
writeFileSync(MAIN, JSON.stringify({ ...main, pages }));
console.log(`search-pages: ${Object.keys(pages).length} Pagefind pages added to ${MAIN}`);
