import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update'] });
const p = await b.newPage({ viewport: { width: 375, height: 1400 } });
await p.goto('http://127.0.0.1:4400/carriers/' + process.argv[2] + '/');
await p.screenshot({ path: '/tmp/shot1.png' });
await p.evaluate(() => window.scrollTo(0, 1400));
await p.screenshot({ path: '/tmp/shot2.png' });
await b.close();
