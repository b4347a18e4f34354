// One-off: adds the researched quotes (/work/scratch/quotes/*.yaml, /work/scratch/situations/*.quotes.yaml) to
// content/sources.yaml and points facts at them as `source#quote`, editing each guide's YAML text in place (only
// the flow sequence of each rewritten `sources`). Writes what it could not place to /tmp/add-quotes-report.json.
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { isMap, isSeq, parse, parseDocument, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import { pageKey } from '../src/lib/content/publishers.ts';
import { QUOTE_MAX } from '../src/schemas/source.ts';

const RESEARCH = process.argv[2] ?? '/work/scratch';
const CONTENT = 'content';

interface Quote {
  id: string;
  lang: string;
  text: string;
}
type Entry = { id: string; url: string; official: boolean; versionOf?: string; quotes?: Quote[] };

const registryText = readFileSync(`${CONTENT}/sources.yaml`, 'utf8');
const registry = parse(registryText) as Entry[];
const byKey = new Map<string, Entry[]>();
for (const e of registry) byKey.set(pageKey(e.url), [...(byKey.get(pageKey(e.url)) ?? []), e]);
const added = new Map<string, Quote[]>();
const report = { placed: 0, keptOnRegistry: [] as unknown[], notPlaced: [] as unknown[], skipped: [] as unknown[] };

const norm = (t: string) => t.replace(/\s+/g, ' ').trim();
/** The entry's id for this quote: the same text reuses its id; a taken id gets -2, -3… */
function addQuote(entry: Entry, q: Quote): string | undefined {
  const list = added.get(entry.id) ?? [...(entry.quotes ?? [])];
  added.set(entry.id, list);
  const same = list.find((x) => norm(x.text) === norm(q.text));
  if (same) return same.id;
  let id = q.id;
  for (let n = 2; list.some((x) => x.id === id); n++) id = `${q.id}-${n}`;
  list.push({ id, lang: q.lang, text: q.text });
  return id;
}
const slugOf = (text: string) =>
  (text.toLowerCase().match(/[a-z0-9]+/g) ?? ['q'])
    .slice(0, 4)
    .join('-')
    .replace(/^[0-9]/, 'n$&')
    .slice(0, 40)
    .replace(/-+$/, '');

interface Guide {
  file: string;
  raw: string;
  fmStart: number;
  doc: ReturnType<typeof parseDocument>;
  // biome-ignore lint/suspicious/noExplicitAny: the research files are loose YAML
  data: Record<string, any>;
  edits: Map<YAMLSeq, string[]>;
}
function loadGuide(file: string): Guide {
  const raw = readFileSync(file, 'utf8');
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(raw)!;
  const fmStart = raw.indexOf('\n') + 1;
  const doc = parseDocument(m[1]!, { keepSourceTokens: true });
  // biome-ignore lint/suspicious/noExplicitAny: the research files are loose YAML
  return { file, raw, fmStart, doc, data: doc.toJS() as Record<string, any>, edits: new Map() };
}
const citedIds = (g: Guide) =>
  (g.data.sources as (string | { id: string })[]).map((s) => (typeof s === 'string' ? s : s.id));

/** The registry entry this research source names, among those the guide cites, or why not. */
function entryFor(g: Guide, url: string, readAt: string | undefined, sameUrl: boolean): Entry | string {
  const key = pageKey(sameUrl || !readAt ? url : readAt);
  const candidates = (byKey.get(key) ?? []).filter((e) => citedIds(g).includes(e.id));
  if (!candidates.length)
    return sameUrl ? `no cited source at ${key}` : `read on another host (${readAt}); no cited source is that copy`;
  const live = candidates.find((e) => !e.versionOf) ?? candidates[0]!;
  if (!sameUrl && live.official) return `read on another host (${readAt}); the cited source is official`;
  return live;
}

/** The nodes a research path names: objects that carry `sources` (their conflicts, labelSources too). */
function nodesFor(g: Guide, path: string): YAMLMap[] {
  let nodes: Node[] = [g.doc.contents as Node];
  for (const token of path.split('.')) {
    const next: Node[] = [];
    for (const node of nodes) {
      if (isSeq(node)) {
        const items = node.items as Node[];
        const at = /^(.+)@(\d+)$/.exec(token);
        const found = /^\d+$/.test(token)
          ? [items[Number(token)]]
          : items.filter(
              (it) =>
                isMap(it) &&
                (at
                  ? it.get('kind') === at[1] && Number(it.get('days')) === Number(at[2])
                  : it.get('id') === token || it.get('channel') === token),
            );
        next.push(...(found.filter(Boolean) as Node[]));
      } else if (isMap(node)) {
        const v = node.get(token, true) as Node | undefined;
        if (v && (isMap(v) || isSeq(v))) next.push(v);
        else if (node.has(token)) next.push(node);
      }
    }
    nodes = next;
  }
  return nodes
    .flatMap((n) => (isSeq(n) ? (n.items as Node[]) : [n]))
    .filter((n): n is YAMLMap => isMap(n) && (n.has('sources') || n.has('labelSources')));
}

function refsOf(g: Guide, seq: YAMLSeq): string[] {
  return g.edits.get(seq) ?? (seq.toJSON() as string[]);
}

/** Points one fact's citation of `sourceId` at the quote; false when the fact does not cite that source. */
function place(g: Guide, node: YAMLMap, sourceId: string, quoteId: string): boolean | string {
  const lists: YAMLSeq[] = [];
  for (const key of ['sources', 'labelSources']) {
    const s = node.get(key, true);
    if (isSeq(s)) lists.push(s);
  }
  const conflicts = node.get('conflicts', true);
  if (isSeq(conflicts))
    for (const c of conflicts.items)
      if (isMap(c) && isSeq(c.get('sources', true))) lists.push(c.get('sources', true) as unknown as YAMLSeq);
  for (const seq of lists) {
    const refs = refsOf(g, seq);
    const at = refs.findIndex((r) => r.split('#')[0] === sourceId);
    if (at < 0) continue;
    if (!seq.flow) return 'its sources list is a block sequence';
    const ref = `${sourceId}#${quoteId}`;
    if (refs.includes(ref)) return true;
    const next = [...refs];
    if (next[at] === sourceId) next[at] = ref;
    else {
      let last = at;
      while (next[last + 1]?.split('#')[0] === sourceId) last++;
      next.splice(last + 1, 0, ref);
    }
    g.edits.set(seq, next);
    return true;
  }
  return false;
}

function save(g: Guide) {
  if (!g.edits.size) return;
  const ranges = [...g.edits].map(([seq, refs]) => ({
    start: seq.range![0],
    end: seq.range![1],
    text: `[${refs.join(', ')}]`,
  }));
  let out = g.raw;
  for (const r of ranges.sort((a, b) => b.start - a.start)) {
    const before = out.slice(g.fmStart + r.start, g.fmStart + r.end);
    if (!before.startsWith('[') || !before.trimEnd().endsWith(']'))
      throw new Error(`${g.file}: unexpected range ${before}`);
    const trailing = before.slice(before.trimEnd().length);
    out = out.slice(0, g.fmStart + r.start) + r.text + trailing + out.slice(g.fmStart + r.end);
  }
  writeFileSync(g.file, out);
}

// Carrier guides.
for (const f of readdirSync(`${RESEARCH}/quotes`).filter((f) => f.endsWith('.yaml'))) {
  // biome-ignore lint/suspicious/noExplicitAny: the research files are loose YAML
  const research = parse(readFileSync(`${RESEARCH}/quotes/${f}`, 'utf8')) as { guide: string; sources: any[] };
  const file = `${CONTENT}/carriers/${research.guide}.mdx`;
  if (!existsSync(file)) {
    report.skipped.push({ guide: research.guide, why: 'no such guide' });
    continue;
  }
  const g = loadGuide(file);
  for (const s of research.sources ?? []) {
    const entry = entryFor(g, s.url, s.readAt, s.sameUrl !== false);
    for (const q of s.quotes ?? []) {
      const where = { guide: research.guide, source: s.sourceId, quote: q.id };
      if (typeof entry === 'string') {
        report.skipped.push({ ...where, why: entry });
        continue;
      }
      if (norm(q.text).length > QUOTE_MAX) {
        report.skipped.push({ ...where, why: `longer than ${QUOTE_MAX}` });
        continue;
      }
      const id = addQuote(entry, { id: q.id, lang: q.lang, text: q.text });
      if (!id) continue;
      let any = false;
      for (const path of q.facts ?? []) {
        const nodes = nodesFor(g, path);
        if (!nodes.length) {
          report.notPlaced.push({ ...where, path, why: 'path names no fact in the guide' });
          continue;
        }
        const results = nodes.map((n) => place(g, n, entry.id, id));
        if (results.some((r) => r === true)) {
          any = true;
          report.placed++;
        } else
          report.notPlaced.push({
            ...where,
            path,
            why: results.find((r) => typeof r === 'string') ?? `the fact does not cite ${entry.id}`,
          });
      }
      if (!any) report.keptOnRegistry.push({ ...where, registry: entry.id });
    }
  }
  save(g);
}

// Topic guides: a quote goes on the one FAQ entry that cites its source, when the body does not cite it too.
for (const f of readdirSync(`${RESEARCH}/situations`).filter((f) => f.endsWith('.quotes.yaml'))) {
  const slug = f.replace('.quotes.yaml', '');
  const file = `${CONTENT}/topics/${slug}.mdx`;
  if (!existsSync(file)) {
    report.skipped.push({ guide: slug, why: 'no such guide' });
    continue;
  }
  const g = loadGuide(file);
  // biome-ignore lint/suspicious/noExplicitAny: the research files are loose YAML
  const quotes = parse(readFileSync(`${RESEARCH}/situations/${f}`, 'utf8')) as any[];
  for (const q of quotes) {
    const where = { guide: slug, source: q.sourceId, text: String(q.text).slice(0, 60) };
    const entry = entryFor(g, q.url, undefined, true);
    if (typeof entry === 'string') {
      report.skipped.push({ ...where, why: entry });
      continue;
    }
    if (norm(q.text).length > QUOTE_MAX) {
      report.skipped.push({ ...where, why: `longer than ${QUOTE_MAX}` });
      continue;
    }
    const id = addQuote(entry, { id: slugOf(q.text), lang: q.lang, text: q.text })!;
    const faq =
      (g.doc.get('faq', true) as YAMLSeq | undefined)?.items.filter(
        (it): it is YAMLMap =>
          isMap(it) &&
          (((it.get('sources') as YAMLSeq | undefined)?.toJSON() as string[] | undefined) ?? []).some(
            (r) => r.split('#')[0] === entry.id,
          ),
      ) ?? [];
    const inBody = new RegExp(`<S id="${entry.id}"`).test(g.raw);
    if (faq.length === 1 && !inBody && place(g, faq[0]!, entry.id, id) === true) report.placed++;
    else
      report.keptOnRegistry.push({
        ...where,
        registry: entry.id,
        why: faq.length === 1 ? 'also cited in the body' : `${faq.length} FAQ entries cite it`,
      });
  }
  save(g);
}

// The registry: each entry's new quotes after its last line.
const doc = parseDocument(registryText);
let text = registryText;
const inserts: [number, string][] = [];
for (const item of (doc.contents as YAMLSeq).items as YAMLMap[]) {
  const id = item.get('id') as string;
  const quotes = added.get(id);
  if (!quotes?.length || item.has('quotes')) continue;
  const lines = quotes
    .map((q) => `    - id: ${q.id}\n      lang: ${q.lang}\n      text: ${JSON.stringify(q.text)}\n`)
    .join('');
  const end = item.range![1];
  const at = text.lastIndexOf('\n', end - 1) + 1 === end ? end : text.indexOf('\n', end) + 1;
  inserts.push([at, `  quotes:\n${lines}`]);
}
for (const [at, s] of inserts.sort((a, b) => b[0] - a[0])) text = text.slice(0, at) + s + text.slice(at);
writeFileSync(`${CONTENT}/sources.yaml`, text);
writeFileSync('/tmp/add-quotes-report.json', JSON.stringify(report, null, 1));
console.log(
  `add-quotes: ${[...added.values()].reduce((n, l) => n + l.length, 0)} quotes on ${added.size} registry entries; ${report.placed} fact citations; ${report.notPlaced.length} paths not placed; ${report.keptOnRegistry.length} quotes on no fact; ${report.skipped.length} skipped`,
);
