import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
const html = readFileSync(`dist/carriers/${process.argv[2]}/index.html`, 'utf8');
const gz = (s: string) => gzipSync(s, { level: 9 }).length;
const base = gz(html);
console.log('total', base);
for (const sel of ['script[type="application/ld+json"]', 'script[src]', 'meta', 'link', '[data-pagefind-meta]', 'nav.toc', '.report', '.guide-meta', 'section.sources ol', 'a[href^="#src-"]', '.checklist', '.glance', '.print-qr', 'header.site', 'footer.site', '.conflict','.unknown']) {
  const $ = cheerio.load(html);
  $(sel).remove();
  console.log(sel.padEnd(40), base - gz($.html()));
}
