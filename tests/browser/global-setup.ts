// One `astro preview` for the whole browser run, on a free port, stopped at the end.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

async function waitFor(url: string, child: ChildProcess, ms = 30_000) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro preview exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`astro preview did not answer at ${url} within ${ms} ms`);
}

export default async function setup(project: TestProject) {
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    const message = 'NO CHROMIUM FOUND: browser tests are SKIPPED. Install it with `apt-get install -y chromium fonts-noto-cjk`.';
    if (process.env.CI === 'true') throw new Error(`${message} Under CI=true this is a failure.`);
    console.warn(`\n${'!'.repeat(80)}\n${message}\n${'!'.repeat(80)}\n`);
  }
  const port = await freePort();
  const child = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], {
    stdio: 'ignore',
    detached: true,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitFor(`${baseUrl}/`, child);
  project.provide('baseUrl', baseUrl);
  project.provide('chromiumPath', chromiumPath ?? '');
  return () => {
    if (child.pid) process.kill(-child.pid, 'SIGTERM');
  };
}
