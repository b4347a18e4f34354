import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update'] });
const p = await b.newPage();
await p.goto('http://127.0.0.1:4400/search/');
for (const q of process.argv.slice(2)) {
  const r = await p.evaluate(async (q) => { const pf = await import('/pagefind/pagefind.js'); await pf.options({ranking:{metaWeights:{name:20,aliases:4,title:5,related:0.5}}}); const s = await pf.search(q); return Promise.all(s.results.slice(0, 4).map(async (x) => { const d = await x.data(); return d.url.replace('/carriers/','') + ':' + x.score.toFixed(2); })); }, q);
  console.log(q.padEnd(14), r.join('  '));
}
await b.close();
