// `node scripts/migrate-sources.ts [content-root]`: moves every guide's own `sources:` list (old format:
// full entries with url, title, publisher…) into one registry, <content-root>/sources.yaml, and rewrites
// each guide to cite the registry by id. Only the `sources:` block, the source ids inside facts
// (`sources: […]`, `labelSources: […]`) and `<S id="…" />` markers in the body change; every other byte
// of a guide stays as it was.
//
// One registry entry per page (same URL after pageKey). Where guides said different things about the same
// page, the registry keeps what they all agree on and each citation keeps what its guide said differently,
// so that no date, note or label a reader sees changes:
// - `checked` in the registry is the last day anyone read the page; a guide that read it another day keeps
//   its own `checked` in its citation;
// - any other field (captured, via, pageDate, read, note, official) goes into the registry when every
//   citing guide has the same value, else into the citations that have it.
// A guide that cites two versions of one page (an older archived copy beside the live page) keeps both: the
// older version becomes an entry of its own with `versionOf` naming the main one.
//
// Global ids: the local id most guides used for the page (carrier guides counting first, since their ids are
// published in the open data), unless a clearer one is listed in CLEARER_IDS or the id is already taken by a page
// cited more often.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

const root = process.argv[2] ?? 'content';
const DIRS = ['carriers', 'card-types', 'topics'];
const REGISTRY = join(root, 'sources.yaml');

/** Ids chosen by hand where the most common local id would be unclear or names another page too. */
const CLEARER_IDS: Record<string, string> = {
  // The English copy of Airalo's help article; the Romanian one, cited by the Airalo guide, keeps `airalo-reuse`.
  'airalo.com/help/using-managing-esims/can-i-use-my-existing-esim-again': 'airalo-reuse-en',
  // The verizon.com address of the transfer FAQ; the older verizonwireless.com one keeps `vz-transfer-faqs`.
  'verizon.com/support/transfer-your-service-faqs': 'vz-transfer-faqs-new',
  // The April 2024 version of AT&T's unlock article (a version beside the current page); `att-unlock-2024` is
  // the same article as linked from AT&T's forum, with its own query string.
  'att.com/support/article/wireless/KM1262649#att-unlock-2024': 'att-unlock-apr-2024',
};

/** The fields of a source, in the order the registry writes them. */
const FIELDS = [
  'url',
  'title',
  'publisher',
  'official',
  'checked',
  'captured',
  'pageDate',
  'read',
  'via',
  'httpOnly',
  'note',
];
/** Fields that name the page: every citation must agree on them (the old "one page, one label" rule). */
const PAGE_FIELDS = ['title', 'publisher'];

type Old = Record<string, unknown> & { id: string; url: string };
interface Citation {
  file: string;
  index: number;
  local: string;
  source: Old;
  group?: Group;
}
interface Group {
  key: string;
  citations: Citation[];
  main?: Group;
  id?: string;
}

/** The same page however it is written: lower-case host without `www.`, no trailing slash, no #fragment. */
function pageKey(url: string): string {
  if (!URL.canParse(url)) return url;
  const u = new URL(url);
  return `${u.hostname.toLowerCase().replace(/^www\./, '')}${u.pathname.replace(/\/+$/, '')}${u.search}`;
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function frontmatterOf(raw: string): { start: number; end: number; text: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(raw);
  if (!m) throw new Error('no frontmatter');
  return { start: 4, end: 4 + m[1]!.length, text: m[1]! };
}

// 1. Read every guide in the old format.
if (existsSync(REGISTRY)) {
  console.error(`${REGISTRY} exists: this content is already migrated.`);
  process.exit(1);
}
const guides: { file: string; raw: string; sources: Old[] }[] = [];
for (const dir of DIRS) {
  if (!existsSync(join(root, dir))) continue;
  for (const name of readdirSync(join(root, dir)).sort()) {
    if (!/\.mdx?$/.test(name)) continue;
    const file = join(root, dir, name);
    const raw = readFileSync(file, 'utf8');
    // Timestamps as dates, as Astro reads frontmatter.
    const data = parse(frontmatterOf(raw).text, { customTags: ['timestamp'] }) as { sources?: unknown[] };
    const sources = (data.sources ?? []) as Old[];
    for (const s of sources) {
      if (typeof s !== 'object' || !s || !('url' in s))
        throw new Error(`${file}: sources are not in the old format (an entry without url)`);
    }
    guides.push({ file, raw, sources });
  }
}

// 2. Group the citations by page, then split off versions a guide cites beside the main one.
const pages = new Map<string, Citation[]>();
const citations: Citation[] = [];
for (const g of guides) {
  g.sources.forEach((source, index) => {
    const c: Citation = { file: g.file, index, local: source.id, source };
    citations.push(c);
    const key = pageKey(source.url);
    pages.set(key, [...(pages.get(key) ?? []), c]);
  });
}

/**
 * How much a set of citations weighs when ids are chosen: citations from carrier guides first (their ids are
 * published in the open data, so keeping them keeps that file stable), then all citations.
 */
const weight = (cs: Citation[]) => cs.filter((c) => c.file.includes('/carriers/')).length * 10_000 + cs.length;

/** The local ids of these citations, the weightiest first (file order among equals). */
function byCount(cs: Citation[]): string[] {
  const byId = new Map<string, Citation[]>();
  for (const c of cs) byId.set(c.local, [...(byId.get(c.local) ?? []), c]);
  return [...byId.keys()].sort((a, b) => weight(byId.get(b)!) - weight(byId.get(a)!));
}

const groups: Group[] = [];
for (const [key, cs] of pages) {
  const mainLocal = byCount(cs)[0]!;
  const versionLocals = new Set<string>();
  const perFile = new Map<string, Citation[]>();
  for (const c of cs) perFile.set(c.file, [...(perFile.get(c.file) ?? []), c]);
  for (const inFile of perFile.values()) {
    if (inFile.length < 2) continue;
    const keep = inFile.find((c) => c.local === mainLocal) ?? inFile[0]!;
    for (const c of inFile) if (c !== keep) versionLocals.add(c.local);
  }
  const main: Group = { key, citations: cs.filter((c) => !versionLocals.has(c.local)) };
  groups.push(main);
  for (const local of versionLocals) groups.push({ key, citations: cs.filter((c) => c.local === local), main });
  for (const g of groups.slice(-1 - versionLocals.size)) for (const c of g.citations) c.group = g;
}

// 3. Global ids: most cited pages choose first.
const taken = new Set<string>();
const ordered = [...groups].sort(
  (a, b) => weight(b.citations) - weight(a.citations) || (a.main ? 1 : 0) - (b.main ? 1 : 0),
);
for (const g of ordered) {
  const clearer = CLEARER_IDS[g.main ? `${g.key}#${g.citations[0]!.local}` : g.key];
  const candidates = [...(clearer ? [clearer] : []), ...byCount(g.citations)];
  let id = candidates.find((c) => !taken.has(c));
  for (let n = 2; !id; n++) if (!taken.has(`${candidates[0]}-${n}`)) id = `${candidates[0]}-${n}`;
  g.id = id;
  taken.add(id);
}

// 4. Registry entries and per-citation differences.
const entries: Record<string, unknown>[] = [];
const overrides = new Map<Citation, Record<string, unknown>>();
const problems: string[] = [];
const respelled: string[] = [];
for (const g of groups) {
  const entry: Record<string, unknown> = { id: g.id };
  if (g.main) entry.versionOf = g.main.id;
  // One spelling of the URL per entry: the one most of its guides wrote.
  const urls = new Map<string, number>();
  for (const c of g.citations) urls.set(c.source.url, (urls.get(c.source.url) ?? 0) + 1);
  entry.url = [...urls].sort((a, b) => b[1] - a[1])[0]![0];
  for (const c of g.citations) overrides.set(c, {});
  for (const field of FIELDS.slice(1)) {
    const values = g.citations.map((c) => c.source[field]);
    if (field === 'checked') {
      const last = values
        .map((v) => day(v as Date))
        .sort()
        .at(-1)!;
      entry.checked = last;
      for (const c of g.citations)
        if (day(c.source.checked as Date) !== last) overrides.get(c)!.checked = day(c.source.checked as Date);
      continue;
    }
    const agreed = values.every((v) => same(v, values[0]));
    if (PAGE_FIELDS.includes(field) && !agreed) {
      problems.push(`${g.key}: guides disagree on ${field} (${[...new Set(values.map(String))].join(' | ')})`);
    }
    if (agreed || field === 'official') {
      // official is required in the registry: the most common label, the others kept per citation.
      const counts = new Map<string, { value: unknown; n: number }>();
      for (const v of values) {
        const k = JSON.stringify(v) ?? 'undefined';
        counts.set(k, { value: v, n: (counts.get(k)?.n ?? 0) + 1 });
      }
      const value = [...counts.values()].sort((a, b) => b.n - a.n)[0]!.value;
      if (value !== undefined) entry[field] = value;
      if (!agreed)
        for (const c of g.citations) if (!same(c.source[field], value)) overrides.get(c)![field] = c.source[field];
    } else {
      for (const c of g.citations) if (c.source[field] !== undefined) overrides.get(c)![field] = c.source[field];
    }
  }
  for (const c of g.citations)
    if (c.source.url !== entry.url) respelled.push(`${c.file}: ${c.source.url} → ${String(entry.url)}`);
  for (const c of g.citations) {
    const extra = Object.keys(c.source).filter((k) => k !== 'id' && !FIELDS.includes(k));
    if (extra.length) problems.push(`${c.file} sources[${c.index}]: unknown fields ${extra.join(', ')}`);
  }
  entries.push(entry);
}
if (problems.length) {
  console.error(`Cannot migrate:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

// 5. Write the registry (sorted by id) and rewrite the guides.
/** A YAML scalar on one line: dates and booleans bare, strings plain where YAML allows, else quoted. */
function scalar(v: unknown, flow: boolean): string {
  if (v instanceof Date) return day(v);
  if (typeof v === 'boolean' || typeof v === 'number') return String(v);
  if (typeof v === 'string') {
    if (v.includes('\n')) throw new Error(`a value with a line break: ${v}`);
    if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
    if (flow) return /^[a-z0-9][a-z0-9-]*$/i.test(v) ? v : JSON.stringify(v);
    return stringify(v, { lineWidth: 0 }).trimEnd();
  }
  if (v && typeof v === 'object')
    return `{ ${Object.entries(v)
      .map(([k, x]) => `${k}: ${scalar(x, true)}`)
      .join(', ')} }`;
  throw new Error(`cannot write ${String(v)}`);
}

entries.sort((a, b) => String(a.id).localeCompare(String(b.id)));
const registryText = entries
  .map((e) => {
    const order = ['id', 'versionOf', ...FIELDS];
    return order
      .filter((k) => e[k] !== undefined)
      .map((k, i) => `${i === 0 ? '- ' : '  '}${k}: ${scalar(e[k], false)}`)
      .join('\n');
  })
  .join('\n');
writeFileSync(REGISTRY, `${registryText}\n`);

const renamed: string[] = [];
for (const g of guides) {
  const mine = citations.filter((c) => c.file === g.file);
  const rename = new Map(mine.map((c) => [c.local, c.group!.id!]));
  const lines = mine.map((c) => {
    const o = overrides.get(c)!;
    const fields = FIELDS.filter((k) => o[k] !== undefined);
    return fields.length
      ? `  - { id: ${c.group!.id}, ${fields.map((k) => `${k}: ${scalar(o[k], true)}`).join(', ')} }`
      : `  - ${c.group!.id}`;
  });
  const fm = frontmatterOf(g.raw);
  const fmLines = fm.text.split('\n');
  const start = fmLines.findIndex((l) => /^sources:\s*$/.test(l));
  if (start < 0) throw new Error(`${g.file}: no block \`sources:\` in the frontmatter`);
  let end = start + 1;
  while (end < fmLines.length && /^(\s|$)/.test(fmLines[end]!)) end++;
  const renameIds = (list: string) =>
    list.replace(/[a-z0-9-]+/g, (id) => {
      const to = rename.get(id);
      if (to === undefined) throw new Error(`${g.file}: "${id}" names no source`);
      return to;
    });
  const rewrite = (line: string) =>
    line.replace(
      /(\b(?:label)?[sS]ources: *\[)([^\]]*)\]/g,
      (_m, head: string, ids: string) => `${head}${renameIds(ids)}]`,
    );
  const newFm = [
    ...fmLines.slice(0, start).map(rewrite),
    'sources:',
    ...lines,
    ...fmLines.slice(end).map(rewrite),
  ].join('\n');
  const body = g.raw.slice(fm.end).replace(/<S id="([^"]+)"/g, (_m, id: string) => {
    const to = rename.get(id);
    if (to === undefined) throw new Error(`${g.file}: <S id="${id}"> names no source`);
    return `<S id="${to}"`;
  });
  writeFileSync(g.file, `${g.raw.slice(0, fm.start)}${newFm}${body}`);
  for (const [from, to] of rename) if (from !== to) renamed.push(`${g.file}: ${from} → ${to}`);
}

const cited = citations.length;
const withFields = [...overrides.values()].filter((o) => Object.keys(o).length).length;
console.log(
  `${entries.length} registry entries (${entries.filter((e) => e.versionOf).length} older versions) for ${cited} citations in ${guides.length} guides; ${withFields} citations keep fields of their own; ${renamed.length} local ids renamed:`,
);
for (const r of renamed) console.log(`  ${r}`);
console.log(`${respelled.length} links now use the spelling of the URL most guides used:`);
for (const r of respelled) console.log(`  ${r}`);
