// `npm run compare:dist -- <before> <after>`: what a reader would get differently from two builds.
// Every file of both folders is compared after hashed names are replaced by `[hash]` (Astro's
// `_astro/<hash>.js|css` and Pagefind's `<lang>_<hash>.pf_*`), so a rebuilt bundle with the same
// content counts as the same file. Files whose names are content hashes (the bundles and Pagefind's
// index and fragments) are compared as one set per folder: how many differ, not which.
// Prints one line per differing file with the first differing line of each side, then a count line.
// Exit code 0 when the two folders are the same after normalisation, 1 otherwise.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { walkFiles } from '../src/lib/content/load-fs.ts';

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  console.error('usage: npm run compare:dist -- <before-dist> <after-dist>');
  process.exit(2);
}

/** Names that are content hashes: the same content always gets the same name. */
const HASHED =
  /(?:^|\/)(?:_astro\/[A-Za-z0-9_-]+\.(?:js|css)|pagefind\/(?:fragment|index)\/[a-z-]+_[0-9a-f]+\.pf_(?:fragment|index))$/;
const HASH_IN_TEXT = [
  [/\/_astro\/[A-Za-z0-9_-]{6,}\.(js|css)/g, '/_astro/[hash].$1'],
  [/([a-z-]+)_[0-9a-f]{7,}\.pf_(fragment|index|meta|filter)/g, '$1_[hash].pf_$2'],
  [/"(hash|page_hash|filter_hash|meta_hash)":\s*"[^"]+"/g, '"$1":"[hash]"'],
] as const;
const TEXT = /\.(html|xml|json|txt|css|js|svg|ics|webmanifest)$|(^|\/)_(headers|redirects)$/;

function normalise(path: string, bytes: Buffer): string {
  if (!TEXT.test(path)) return createHash('sha256').update(bytes).digest('hex');
  let text = bytes.toString('utf8');
  for (const [pattern, replacement] of HASH_IN_TEXT) text = text.replace(pattern, replacement);
  return text;
}

/** Pagefind's .pf_* files are gzip with a signature; compare what they hold. */
function hashedContent(bytes: Buffer): string {
  let body = bytes;
  try {
    body = gunzipSync(bytes);
  } catch {}
  return createHash('sha256').update(normalise('x.txt', body)).digest('hex');
}

function read(root: string) {
  const plain = new Map<string, string>();
  const hashed = new Map<string, string[]>();
  for (const file of walkFiles(root)) {
    const path = relative(root, file);
    const bytes = readFileSync(file);
    if (HASHED.test(path)) {
      const folder = path.slice(0, path.lastIndexOf('/'));
      hashed.set(folder, [...(hashed.get(folder) ?? []), hashedContent(bytes)]);
    } else plain.set(path, normalise(path, bytes));
  }
  return { plain, hashed };
}

function firstDifference(a: string, b: string): string {
  const la = a.split(/(?<=>)|\n/);
  const lb = b.split(/(?<=>)|\n/);
  const i = la.findIndex((line, n) => line !== lb[n]);
  const at = i === -1 ? la.length : i;
  const cut = (s: string | undefined) => (s ?? '(end)').trim().slice(0, 160);
  return `    - ${cut(la[at])}\n    + ${cut(lb[at])}`;
}

const a = read(before);
const b = read(after);
let same = 0;
const lines: string[] = [];
for (const path of [...new Set([...a.plain.keys(), ...b.plain.keys()])].sort()) {
  const x = a.plain.get(path);
  const y = b.plain.get(path);
  if (x === y) same++;
  else if (x === undefined) lines.push(`only after:  ${path}`);
  else if (y === undefined) lines.push(`only before: ${path}`);
  else lines.push(`changed:     ${path}\n${firstDifference(x, y)}`);
}
for (const folder of [...new Set([...a.hashed.keys(), ...b.hashed.keys()])].sort()) {
  const x = a.hashed.get(folder) ?? [];
  const y = b.hashed.get(folder) ?? [];
  const onlyA = x.filter((h) => !y.includes(h)).length;
  const onlyB = y.filter((h) => !x.includes(h)).length;
  if (onlyA || onlyB) lines.push(`changed:     ${folder}/ (hashed files: ${onlyA} only before, ${onlyB} only after)`);
  else same += x.length;
}
console.log(lines.join('\n'));
console.log(`${same} files the same, ${lines.length} differing`);
process.exit(lines.length ? 1 : 0);
