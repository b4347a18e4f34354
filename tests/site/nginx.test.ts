// The nginx equivalent of dist/_headers and dist/_redirects (npm run nginx:conf), served by a real
// nginx over dist/ on a free port: the same headers, caching and redirects a Netlify deploy gets.
// Skipped, loudly, where no nginx is installed (apt-get install -y nginx-light).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DIST, siteRedirects, walk } from './dist.ts';
import { CACHE_IMMUTABLE, CACHE_REVALIDATE, headersFor, nginxConfig, parseHeaders } from '../../src/lib/host/config.ts';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find(existsSync);
if (!NGINX)
  console.warn('\nNO NGINX FOUND: the nginx configuration test is SKIPPED (apt-get install -y nginx-light).\n');

function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

describe.skipIf(!NGINX)('nginx configuration', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nginx-'));
  let base = '';
  let child: ChildProcess | undefined;
  const headersFile = parseHeaders(readFileSync(`${DIST}/_headers`, 'utf8'));
  const get = (path: string) => fetch(`${base}${path}`, { redirect: 'manual' });

  beforeAll(async () => {
    const port = await freePort();
    writeFileSync(join(dir, 'site.conf'), nginxConfig(siteRedirects()));
    writeFileSync(
      join(dir, 'nginx.conf'),
      `
      daemon off; master_process off; worker_processes 1; pid ${dir}/nginx.pid; error_log ${dir}/error.log;
      events { worker_connections 64; }
      http {
        include /etc/nginx/mime.types; access_log off;
        client_body_temp_path ${dir}; proxy_temp_path ${dir}; fastcgi_temp_path ${dir}; uwsgi_temp_path ${dir}; scgi_temp_path ${dir};
        server { listen 127.0.0.1:${port}; root ${resolve(DIST)}; include ${dir}/site.conf; }
      }`,
    );
    const test = spawnSync(NGINX!, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')], { encoding: 'utf8' });
    expect(test.stderr).toContain('test is successful');
    child = spawn(NGINX!, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
    base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 50; i++) {
      if (
        await fetch(`${base}/`).then(
          () => true,
          () => false,
        )
      )
        return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('nginx did not answer');
  });

  afterAll(() => {
    child?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  // The default edition's scripts (hashed names, immutable); an edition's copies are revalidated, as
  // their words can change under the same name.
  const astro = walk(`${DIST}/_astro`)[0]!.slice(DIST.length);
  const fragment = walk(DIST)
    .find((f) => f.endsWith('.pf_fragment'))!
    .slice(DIST.length);
  const meta = walk(DIST)
    .find((f) => f.endsWith('.pf_meta'))!
    .slice(DIST.length);

  it.each([
    '/',
    '/carriers/att/',
    '/compare/',
    astro,
    fragment,
    meta,
    '/pagefind/pagefind-entry.json',
    '/pagefind/pagefind.js',
    '/data/carriers.json',
    '/favicon.svg',
  ])('%s: the headers _headers gives it', async (path) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    for (const [name, value] of headersFor(headersFile, path)) expect(response.headers.get(name), name).toBe(value);
    expect(response.headers.get('Cache-Control')).toBe(/_astro|\.pf_/.test(path) ? CACHE_IMMUTABLE : CACHE_REVALIDATE);
  });

  it('serves unknown paths the 404 page, with the security headers', async () => {
    const response = await get('/no-such-page/');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('<html');
    expect(response.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
  });

  it("serves an edition's unknown paths the edition's own 404 page", async () => {
    const response = await get('/zh-tw/no-such-page/');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('<html lang="zh-TW"');
    expect(response.headers.get('Content-Security-Policy')).toContain("frame-ancestors 'none'");
    const script = walk(`${DIST}/zh-tw/_astro`)[0]!.slice(DIST.length);
    expect((await get(script)).headers.get('Cache-Control')).toBe(CACHE_REVALIDATE);
  });

  it.each(
    siteRedirects().flatMap((r) => [
      [`/${r.from}`, r.to],
      [`/${r.from}/`, r.to],
    ]),
  )('%s → %s (301)', async (from, to) => {
    const response = await get(from);
    expect(response.status).toBe(301);
    expect(response.headers.get('Location')).toBe(to);
  });
});
