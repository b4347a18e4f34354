// Last step of `npm run build`, after Pagefind: dist/_headers and dist/_redirects for hosts that
// read them (Netlify, Cloudflare Pages), from the files actually in dist/ and the site's redirects.
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { formatHeaders, headerRules, redirectsFile } from '../src/lib/host/config.ts';
import { readRedirects, walkFiles } from '../src/lib/content/load-fs.ts';
import { CONTENT_ROOT } from '../site.config.mjs';

const DIST = 'dist';

const files = walkFiles(DIST).map((f) => `/${relative(DIST, f).split(sep).join('/')}`);
const redirects = readRedirects(CONTENT_ROOT);
const hasFile = (from: string) =>
  existsSync(join(DIST, from, 'index.html')) || (existsSync(join(DIST, from)) && statSync(join(DIST, from)).isFile());

const rules = headerRules(files, new Set(redirects.filter((r) => !r.from.includes('/')).map((r) => r.from)));
writeFileSync(join(DIST, '_headers'), formatHeaders(rules));
writeFileSync(join(DIST, '_redirects'), redirectsFile(redirects, hasFile));
console.log(
  `host-config: ${rules.length} header rules, ${redirects.length} redirects written to ${DIST}/_headers and ${DIST}/_redirects`,
);
