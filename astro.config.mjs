// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { contentCheck } from './src/integrations/content-check.ts';
import { remarkGuideBody } from './src/integrations/remark-guide-body.ts';
import { SITE_URL, CONTENT_ROOT } from './site.config.mjs';
import { isSitemapPage } from './src/lib/sitemap-filter.ts';

export default defineConfig({
  site: SITE_URL,
  // One content-layer cache per content root: the cache keeps entries of files that no longer
  // exist, so the test and benchmark sites must not share it with the real one.
  cacheDir: `./node_modules/.astro/${CONTENT_ROOT.replace(/[^A-Za-z0-9]+/g, '_')}`,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Astro 7's default Markdown processor ignores remark plugins; unified() runs them.
  markdown: { syntaxHighlight: false, processor: unified({ gfm: false, remarkPlugins: [remarkGfm, remarkGuideBody] }) },
  integrations: [
    contentCheck(CONTENT_ROOT, 'config/spam-patterns.txt'),
    mdx(),
    sitemap({ filter: isSitemapPage }),
  ],
  // Scripts are always separate files, never inlined: the Content-Security-Policy (src/lib/csp.ts)
  // then needs no per-page hashes, which cost every page about 600 bytes gzipped.
  // Short hashed file names: every page names its scripts, so long names cost every page.
  vite: {
    build: { assetsInlineLimit: 0 },
    environments: {
      client: {
        build: {
          rolldownOptions: { output: { entryFileNames: '_astro/[hash].js', chunkFileNames: '_astro/[hash].js', assetFileNames: '_astro/[hash][extname]' } },
        },
      },
    },
  },
});
