// After Astro has written the default edition: every derived edition (src/i18n/config.ts) written
// from it under its base, /zh-tw/: each HTML page, the browser scripts with the edition's words and
// the change feed. Runs before the search index, so Pagefind indexes each edition in its own
// language, and before the host files, which list every file.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DEFAULT_LOCALE, DERIVED_LOCALES, LOCALES } from '../i18n/config.ts';
import { loadConverter } from '../lib/edition/convert-fs.ts';
import { editionFeed } from '../lib/edition/feed.ts';
import { type EditionTarget, editionHtml } from '../lib/edition/html.ts';
import { editionScript, wordMap } from '../lib/edition/script.ts';
import { switchHtml } from '../lib/edition/switch.ts';
import { walkFiles } from '../lib/content/load-fs.ts';
import { pagePath } from '../lib/host/pages.ts';

/** Feeds the editions have their own copies of (src/pages/changes/feed.xml.ts). */
const FEEDS = ['/changes/feed.xml'];
/** Output folders that are not pages: shared by every edition, or the edition's own. */
const NOT_PAGES = ['_astro', 'pagefind'];

function write(file: string, text: string) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/**
 * `sitemapPages` is filled with the URL of every page written, before @astrojs/sitemap's hook (which
 * runs after this one and takes it as `customPages`) reads it: the sitemap only knows Astro's routes.
 */
export function edition(contentRoot: string, site: string, sitemapPages: string[] = []): AstroIntegration {
  return {
    name: 'edition',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const start = performance.now();
        const convert = loadConverter(contentRoot);
        const bases = DERIVED_LOCALES.map((id) => LOCALES[id].base.slice(1));
        const pages = walkFiles(outDir)
          .filter((f) => f.endsWith('.html'))
          .filter((f) => ![...NOT_PAGES, ...bases].includes(relative(outDir, f).split(sep)[0]!))
          .map((file) => ({ file, path: pagePath(relative(outDir, file)) }));
        // A page written as /404.html is addressed as /404/ too (its canonical URL).
        const paths = new Set([
          ...pages.flatMap((p) => (p.path.endsWith('.html') ? [p.path, p.path.replace(/\.html$/, '/')] : [p.path])),
          ...FEEDS,
        ]);
        for (const id of DERIVED_LOCALES) {
          const locale = LOCALES[id];
          const root = join(outDir, locale.base);
          const target: EditionTarget = {
            base: locale.base,
            lang: locale.lang,
            ogLocale: locale.ogLocale,
            convert,
            origin: new URL(site).origin,
            mirrored: (path) => paths.has(path) || existsSync(join(root, path)),
          };
          // Every script gets a copy, not only those with words: chunks import each other by relative path.
          const words = wordMap(LOCALES[DEFAULT_LOCALE].words, locale.words);
          const scripts = new Set<string>();
          const footerNote = `<p class="derived-note">${locale.words.site.derivedNote}<a href="${locale.base}/about/#editions">${locale.words.site.derivedLink}</a></p>`;
          for (const name of readdirSync(join(outDir, '_astro')).filter((n) => n.endsWith('.js'))) {
            const file = join(outDir, '_astro', name);
            write(join(root, '_astro', name), editionScript(readFileSync(file, 'utf8'), words, file));
            scripts.add(`/_astro/${name}`);
          }
          for (const { file, path } of pages) {
            const html = editionHtml(readFileSync(file, 'utf8'), target, {
              switchHtml: (defaultPath) => switchHtml(defaultPath, id),
              scripts,
              footerNote,
            });
            write(join(root, path.endsWith('/') ? `${path}index.html` : path), html);
            sitemapPages.push(new URL(`${locale.base}${path}`, site).href);
          }
          for (const feed of FEEDS)
            if (existsSync(join(outDir, feed)))
              write(join(root, feed), editionFeed(readFileSync(join(outDir, feed), 'utf8'), target));
          logger.info(
            `${locale.base}/: ${pages.length} pages, ${scripts.size} scripts in ${Math.round(performance.now() - start)} ms`,
          );
        }
      },
    },
  };
}
