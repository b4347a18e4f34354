// The built site served the way a static host serves it, from inside the test run: its own port,
// no lock shared with `npm start`, unknown paths answered with 404.html, and the host headers in
// dist/_headers (Netlify/Cloudflare format) applied when the build wrote that file.
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sirv from 'sirv';

export interface HeaderRule {
  /** A path pattern from _headers: exact, or with `*` matching any run of characters. */
  pattern: string;
  headers: [name: string, value: string][];
}

/**
 * Parses a `_headers` file: a path line, then indented `Name: value` lines that apply to it.
 * Format: https://docs.netlify.com/routing/headers/ (Cloudflare Pages reads the same).
 * Lines starting with `#` are comments. Throws on a header line before any path.
 */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split('\n')) {
    if (!raw.trim() || raw.trim().startsWith('#')) continue;
    if (!/^\s/.test(raw)) {
      rules.push({ pattern: raw.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = raw.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: a header line needs a path line above it: "${raw.trim()}"`);
    rule.headers.push([raw.slice(0, colon).trim(), raw.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The headers for one request path: every matching rule, in file order, later values replacing earlier ones. */
export function headersFor(rules: readonly HeaderRule[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const rule of rules) {
    const re = new RegExp(`^${rule.pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    if (re.test(path)) for (const [name, value] of rule.headers) out.set(name.toLowerCase(), value);
  }
  return out;
}

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
