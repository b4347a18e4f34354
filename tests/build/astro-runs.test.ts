// Builds of the fixture site in a temporary directory.
// Bad content must stop `astro build` itself, with a message that names the file and the field,
// before any page is written.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, expect, it } from 'vitest';
import { PAGES_FILE, type PageRefs, type SearchData } from '../../src/lib/search/data.ts';
import { words } from '../words.ts';

// Inside the project, and not in a dot-folder: Vite resolves the MDX modules only there.
// Astro's own caches (.astro/) are shared, so every Astro run lives in this one file, in sequence.
mkdirSync('test-results', { recursive: true });
const root = mkdtempSync('test-results/build-');
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(`node_modules/.astro/${root.replace(/[^A-Za-z0-9]+/g, '_')}`, { recursive: true, force: true });
});

/** One `astro build` of the fixture into a clean folder; `output` is its log without colour codes. */
function build(extraEnv: Record<string, string>) {
  const outDir = join(root, 'dist');
  // A folder left by an earlier build that failed its assertions must not answer for this one.
  rmSync(outDir, { recursive: true, force: true });
  const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
    encoding: 'utf8',
    env: {
      ...process.env,
      CONTENT_ROOT: relative(process.cwd(), root),
      ASTRO_TELEMETRY_DISABLED: '1',
      OG_IMAGES: 'off',
      ...extraEnv,
    },
    timeout: 120_000,
  });
  // CI=true makes Astro's logger colour its output even without a terminal.
  return { outDir, status: result.status, output: stripVTControlCharacters(`${result.stdout}\n${result.stderr}`) };
}

it('shows the stale warning on a guide past its review window (fixed clock)', () => {
  cpSync('tests/fixtures/content', root, { recursive: true });
  const fresh = build({ BUILD_DATE: '2026-12-01' });
  expect(fresh.status, fresh.output.slice(-2000)).toBe(0);
  expect(readFileSync(join(fresh.outDir, 'carriers/example-mobile/index.html'), 'utf8')).not.toContain(
    words.guideMeta.staleLead,
  );
  const old = build({ BUILD_DATE: '2027-06-01' }); // reviewed 2026-11-01 + 180 days < 2027-06-01
  expect(readFileSync(join(old.outDir, 'carriers/example-mobile/index.html'), 'utf8')).toContain(
    words.guideMeta.staleLead,
  );
  rmSync(old.outDir, { recursive: true, force: true });
}, 240_000);

it('writes the search index, its result map and the host files into the folder it builds to', () => {
  cpSync('tests/fixtures/content', root, { recursive: true });
  const { outDir, status, output } = build({});
  expect(status, output.slice(-2000)).toBe(0);
  const missing = ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', PAGES_FILE, '_headers', '_redirects'].filter(
    (file) => !existsSync(join(outDir, file)),
  );
  expect(missing).toEqual([]);
  expect(readdirSync(join(outDir, 'pagefind', 'fragment')).length).toBeGreaterThan(0);
  // The result map names the fixture's guide, and the headers cover the fixture's own Pagefind files.
  const pages = JSON.parse(readFileSync(join(outDir, PAGES_FILE), 'utf8')) as PageRefs;
  const main = JSON.parse(readFileSync(join(outDir, 'search-data/main.json'), 'utf8')) as SearchData;
  expect(Object.values(pages).map((ref) => (typeof ref === 'number' ? main.guides[ref]!.url : ref[0]))).toContain(
    '/carriers/example-mobile/',
  );
  expect(readFileSync(join(outDir, '_headers'), 'utf8')).toContain('/pagefind/pagefind.js');
  expect(output).toMatch(/\[search-index\] Pagefind read \d+ HTML files in \d+ ms/);
  expect(output).toMatch(/\[host-files\] _headers and _redirects: .* in \d+ ms/);
  rmSync(outDir, { recursive: true, force: true });
}, 120_000);

it('fails the build on a malformed phone number, naming file and field, and writes no pages', () => {
  cpSync('tests/fixtures/content', root, { recursive: true });
  const file = join(root, 'carriers/example-mobile.mdx');
  writeFileSync(file, readFileSync(file, 'utf8').replace('number: "+12025550100"', 'number: "202-555-0100"'));
  const { outDir, status, output } = build({});
  expect(status).not.toBe(0);
  expect(output).toContain('carriers/example-mobile.mdx → contacts.phones[0].number');
  expect(output).toMatch(/E\.164 form such as "\+18009378997", got "202-555-0100"/);
  expect(existsSync(join(outDir, 'index.html'))).toBe(false);
}, 120_000);
