// The last step of the build: <output>/_headers and <output>/_redirects for hosts that read them
// (Netlify, Cloudflare Pages), from the files actually written (Pagefind's included, so this runs
// after the search index) and the site's redirects. Under the output directory Astro gives the
// hook, so builds into other folders get their own.
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { formatHeaders, headerRules, redirectsFile } from '../lib/host/config.ts';
import { readRedirects, walkFiles } from '../lib/content/load-fs.ts';
import { withEditions } from '../lib/host/redirects.ts';

/** The files this step writes, in the order it writes them: the last one marks a finished build. */
const HOST_FILES = ['_headers', '_redirects'] as const;

export function hostFiles(contentRoot: string): AstroIntegration {
  return {
    name: 'host-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const start = performance.now();
        const outDir = fileURLToPath(dir);
        const files = walkFiles(outDir).map((f) => `/${relative(outDir, f).split(sep).join('/')}`);
        const redirects = withEditions(readRedirects(contentRoot));
        const isFile = (path: string) => existsSync(path) && statSync(path).isFile();
        const hasFile = (from: string) => isFile(join(outDir, from, 'index.html')) || isFile(join(outDir, from));
        const rules = headerRules(files, new Set(redirects.filter((r) => !r.from.includes('/')).map((r) => r.from)));
        writeFileSync(join(outDir, '_headers'), formatHeaders(rules));
        writeFileSync(join(outDir, '_redirects'), redirectsFile(redirects, hasFile));
        logger.info(
          `${HOST_FILES.join(' and ')}: ${rules.length} header rules, ${redirects.length} redirects in ${Math.round(performance.now() - start)} ms`,
        );
      },
    },
  };
}
