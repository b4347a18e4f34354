// The system Chromium (Debian's package); Playwright's own browser download does not work here.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export function findChromium(): string | undefined {
  return [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
    (path): path is string => !!path && existsSync(path),
  );
}

export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-sync',
      // Without these Chromium keeps calling home, and this machine's closed network refuses it.
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}
