// One static server over dist/ for the whole browser run, on a free port, closed at the end.
// It lives inside the test process, so `npm start` (astro preview on 4321) can run beside `npm test`.
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic } from './static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

export default async function setup(project: TestProject) {
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    const message =
      'NO CHROMIUM FOUND: browser tests are SKIPPED. Install it with `apt-get install -y chromium fonts-noto-cjk`.';
    if (process.env.CI === 'true') throw new Error(`${message} Under CI=true this is a failure.`);
    console.warn(`\n${'!'.repeat(80)}\n${message}\n${'!'.repeat(80)}\n`);
  }
  const { server, baseUrl } = await serveStatic('dist');
  project.provide('baseUrl', baseUrl);
  project.provide('chromiumPath', chromiumPath ?? '');
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
