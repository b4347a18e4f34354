// Last step of `npm run build`, after Pagefind: dist/_headers and dist/_redirects for hosts that
// read them (Netlify, Cloudflare Pages), from the files actually in dist/ and the site's redirects.
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { formatHeaders, headerRules, redirectsFile } from '../src/lib/host-config.ts';
import { readEntries, readRenamedPages } from '../src/lib/load-content.ts';
import { redirectsFor } from '../src/lib/redirects.ts';
import { COLLECTIONS } from '../src/lib/schema.ts';
import { CONTENT_ROOT } from '../site.config.mjs';

const DIST = 'dist';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const files = walk(DIST).map((f) => `/${relative(DIST, f).split(sep).join('/')}`);
const carriers = readEntries(CONTENT_ROOT)
  .filter((e) => e.collection === 'carriers')
  .map((e) => ({ slug: e.slug, shortNames: COLLECTIONS.carriers.schema.parse(e.data).shortNames }));
const redirects = redirectsFor(carriers, readRenamedPages());
const hasFile = (from: string) => existsSync(join(DIST, from, 'index.html')) || (existsSync(join(DIST, from)) && statSync(join(DIST, from)).isFile());

const rules = headerRules(files, new Set(redirects.filter((r) => !r.from.includes('/')).map((r) => r.from)));
writeFileSync(join(DIST, '_headers'), formatHeaders(rules));
writeFileSync(join(DIST, '_redirects'), redirectsFile(redirects, hasFile));
console.log(`host-config: ${rules.length} header rules, ${redirects.length} redirects written to ${DIST}/_headers and ${DIST}/_redirects`);
