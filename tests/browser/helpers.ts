// Shared by the browser tests: one Chromium per file, pages that record console errors and CSP violations.
import { afterAll, beforeAll, describe, inject } from 'vitest';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { SETTLED_STATUS } from '../words.ts';

export const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');

/** describe() that is skipped, loudly, where no Chromium exists (global-setup fails under CI=true). */
export const describeBrowser = (chromiumPath ? describe : describe.skip) as typeof describe;

export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (chromiumPath) browser = await launchChromium(chromiumPath);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

export interface OpenedPage {
  page: Page;
  /** Console errors, uncaught exceptions and CSP violations seen so far. */
  errors: string[];
  close(): Promise<void>;
}

export async function openPage(
  browser: Browser,
  path: string,
  options: BrowserContextOptions = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  if (path !== 'about:blank') await page.goto(new URL(path, baseUrl).href);
  return { page, errors, close: () => context.close() };
}

/**
 * Opens /search/ (or an edition's: `path`, with its own words for a settled status) and waits, once and with a long timeout, for Pagefind's first load (engine,
 * WebAssembly and the first index chunk): every later poll then only waits for one query.
 */
export async function openSearchPage(
  browser: Browser,
  path = '/search/',
  settled = SETTLED_STATUS,
): Promise<OpenedPage> {
  const opened = await openPage(browser, path);
  await opened.page.fill('#search-q', '余额'); // no guide's name, so a full-text search
  // waitForFunction, not expect.poll: this runs in beforeAll, where vitest refuses expect.poll.
  await opened.page.waitForFunction(
    (pattern) => new RegExp(pattern).test(document.getElementById('search-status')?.textContent ?? ''),
    settled.source,
    { timeout: 60_000 },
  );
  await opened.page.fill('#search-q', '');
  return opened;
}
