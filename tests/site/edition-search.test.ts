// The Taiwan edition's search data (/zh-tw/search-data/): written in the edition's characters, with
// links to the edition's own pages, and the same parts and guides as the default edition's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DERIVED_LOCALES, LOCALES } from '../../src/i18n/config.ts';
import { simplifiedOnlyIn } from '../../src/lib/edition/simplified.ts';
import { PAGES_FILE, SEARCH_DATA_PARTS, type PageRefs, type SearchData } from '../../src/lib/search/data.ts';
import { DIST } from './dist.ts';

const FILES = [...Object.keys(SEARCH_DATA_PARTS).map((part) => `search-data/${part}.json`), PAGES_FILE];

/** Every string in a JSON value, keys included, except the keys of the character table (what readers type). */
function strings(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v) => strings(v));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => [...(key === 'chars' ? [] : [k]), ...strings(v, k)]);
  return [];
}

describe.each(DERIVED_LOCALES.map((id) => [id, LOCALES[id].base] as const))('search data of %s', (_id, base) => {
  const read = (file: string) => readFileSync(join(DIST, base, file), 'utf8');
  const part = (name: keyof typeof SEARCH_DATA_PARTS) => JSON.parse(read(`search-data/${name}.json`)) as SearchData;
  const main = part('main');

  it.each(FILES)('%s holds no Simplified-only character, as text or in any value', (file) => {
    const text = read(file);
    expect(simplifiedOnlyIn(text)).toEqual([]);
    expect(simplifiedOnlyIn(strings(JSON.parse(text)).join('\n'))).toEqual([]);
  });

  it('has the parts of the default edition, with the same keys and the same guides', () => {
    for (const name of Object.keys(SEARCH_DATA_PARTS) as (keyof typeof SEARCH_DATA_PARTS)[]) {
      const own = JSON.parse(read(`search-data/${name}.json`)) as object;
      const original = JSON.parse(readFileSync(join(DIST, 'search-data', `${name}.json`), 'utf8')) as object;
      expect(Object.keys(own), name).toEqual(Object.keys(original));
    }
    const original = JSON.parse(readFileSync(join(DIST, 'search-data', 'main.json'), 'utf8')) as SearchData;
    expect(main.guides.map((g) => g.url)).toEqual(original.guides.map((g) => `${base}${g.url}`));
  });

  it("links only to the edition's own pages", () => {
    for (const g of main.guides) expect(g.url.startsWith(`${base}/`), g.url).toBe(true);
    const pages = JSON.parse(read(PAGES_FILE)) as PageRefs;
    expect(Object.keys(pages).length).toBeGreaterThan(50);
    for (const ref of Object.values(pages))
      if (typeof ref === 'number') expect(main.guides[ref], String(ref)).toBeDefined();
      else expect(ref[0].startsWith(`${base}/`), ref[0]).toBe(true);
  });

  it('folds both scripts into its keys: a Simplified and a Traditional character find the same one', () => {
    const { chars } = part('chars');
    const fold = (text: string) => [...text].map((ch) => chars[ch] ?? ch).join('');
    expect(fold('携号转网')).toBe(fold('攜號轉網'));
    expect(fold('注销')).toBe(fold('註銷'));
    expect(main.names[fold('携号转网')]).toBeDefined();
  });
});
