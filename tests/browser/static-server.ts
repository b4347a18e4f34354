// The built site served the way a static host serves it, from inside the test run: its own port,
// no lock shared with `npm start`, unknown paths answered with 404.html, and the host headers in
// dist/_headers (Netlify/Cloudflare format) applied, read with the same rules the build writes it by.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';
import { headersFor, parseHeaders } from '../../src/lib/host/config.ts';

/** Serves `root` on 127.0.0.1 at a free port; resolves once it listens. */
export async function serveStatic(root: string): Promise<{ server: Server; baseUrl: string }> {
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const notFound = readFileSync(join(root, '404.html'));
  const files = sirv(root, { dev: false, etag: true, dotfiles: false, extensions: ['html'] });
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    for (const [name, value] of headersFor(rules, path)) res.setHeader(name, value);
    files(req, res, () => {
      res.statusCode = 404;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(notFound);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as { port: number };
  return { server, baseUrl: `http://127.0.0.1:${port}` };
}
