// `npm run anchors:publish`: after a build, add every new guide anchor to config/published-anchors.json.
// Commit the file with the content change; the site tests then keep those links working.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { foundAnchors } from './lib/dist-pages.ts';
import { mergeAnchors, PUBLISHED_ANCHORS_FILE as FILE, type AnchorRegistry } from '../src/lib/host/anchors.ts';

const found: AnchorRegistry = foundAnchors();
const published: AnchorRegistry = existsSync(FILE) ? JSON.parse(readFileSync(FILE, 'utf8')) : {};
const merged = mergeAnchors(published, found);
writeFileSync(FILE, `${JSON.stringify(merged, null, 1)}\n`);
const count = (r: AnchorRegistry) => Object.values(r).reduce((n, ids) => n + ids.length, 0);
console.log(
  `${FILE}: ${count(merged)} anchors on ${Object.keys(merged).length} pages (${count(merged) - count(published)} new)`,
);
