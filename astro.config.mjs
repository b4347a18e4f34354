// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { contentCheck } from './src/integrations/content-check.ts';
import { edition } from './src/integrations/edition.ts';
import { sitemapLocales } from './src/lib/edition/switch.ts';
import { hostFiles } from './src/integrations/host-files.ts';
import { remarkGuideBody } from './src/integrations/remark-guide-body.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { uiWords } from './src/integrations/ui-words.ts';
import { SITE_URL, CONTENT_ROOT } from './site.config.mjs';
import { sitemapFilter } from './src/lib/host/pages-fs.ts';

/** A hash of every file in src/schemas/: a change to any of them starts a fresh content cache. */
function schemaHash() {
  const hash = createHash('sha256');
  for (const name of readdirSync('./src/schemas').sort())
    hash.update(name).update(readFileSync(`./src/schemas/${name}`));
  return hash.digest('hex').slice(0, 12);
}

/** The derived editions' pages, filled by the edition integration for the sitemap (see edition.ts). */
/** @type {string[]} */
const editionPages = [];

export default defineConfig({
  site: SITE_URL,
  // One content-layer cache per content root and schema: the cache keeps entries of files that no
  // longer exist, and keeps entries parsed by an older schema (a new default would be missing), so
  // test and benchmark sites get their own, and a schema change starts a fresh one.
  cacheDir: `./node_modules/.astro/${CONTENT_ROOT.replace(/[^A-Za-z0-9]+/g, '_')}-${schemaHash()}`,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Astro 7's default Markdown processor ignores remark plugins; unified() runs them.
  markdown: { syntaxHighlight: false, processor: unified({ gfm: false, remarkPlugins: [remarkGfm, remarkGuideBody] }) },
  // Their astro:build:done hooks run in this order: the search index reads the pages (the sitemap's
  // too), and the host files list every file written, Pagefind's included, so they come last.
  integrations: [
    contentCheck(CONTENT_ROOT, 'config/spam-patterns.txt'),
    uiWords(),
    mdx(),
    edition(CONTENT_ROOT, SITE_URL, editionPages),
    sitemap({ filter: sitemapFilter(CONTENT_ROOT), customPages: editionPages, i18n: sitemapLocales() }),
    searchIndex(CONTENT_ROOT),
    hostFiles(CONTENT_ROOT),
  ],
  // Scripts are always separate files, never inlined: the Content-Security-Policy (src/lib/host/csp.ts)
  // then needs no per-page hashes, which cost every page about 600 bytes gzipped.
  // Short hashed file names: every page names its scripts, so long names cost every page.
  vite: {
    build: { assetsInlineLimit: 0 },
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              entryFileNames: '_astro/[hash].js',
              chunkFileNames: '_astro/[hash].js',
              assetFileNames: '_astro/[hash][extname]',
            },
          },
        },
      },
    },
  },
});
