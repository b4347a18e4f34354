// Checks every guide before Astro builds anything, so bad content stops the build with
// one message per problem that names the file, the field and what was expected.
import {
  COLLECTIONS,
  anchorId,
  isActive,
  publisherRegistrySchema,
  questionSchema,
  type Carrier,
  type CollectionName,
  type PublisherRegistry,
} from '../../schemas/index.ts';
import { countsFor, INDIRECT_READ, labelPurposes, pageKey, pageOwner, type GuideRef } from './publishers.ts';
import { readOn, type Source } from '../guide/sources.ts';
import { inlineRefs, inlineSections } from '../guide/inline.ts';
import { normalizeAlias } from '../search/aliases.ts';
import { CARRIER_SECTIONS, CARRIER_SECTION_IDS, GUIDE_SECTION_IDS } from '../guide/sections.ts';
import { RESERVED_PATHS } from '../host/redirects.ts';
import { yamlComments } from './yaml-comments.ts';

export interface RawEntry {
  /** Path shown in messages, e.g. content/carriers/att.mdx */
  file: string;
  collection: CollectionName;
  slug: string;
  data: unknown;
  body: string;
  /** The whole file as written, for the spam check. */
  raw: string;
  /** Set when the frontmatter is not valid YAML. */
  yamlError?: string;
}

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

function fieldPath(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>(
      (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
      '',
    ) || '(frontmatter)'
  );
}

/** Every `[[id]]`, every `sources: [...]` and every id that must be unique inside one carrier. */
function checkCarrierRefs(carrier: Carrier, body: string, report: (field: string, message: string) => void) {
  const sourceIds = new Set(carrier.sources.map((s) => s.id));
  const contactIds = new Set(
    [...carrier.contacts.phones, ...carrier.contacts.dialCodes, ...carrier.contacts.sms, ...carrier.contacts.links].map(
      (c) => c.id,
    ),
  );

  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(v, `${path}[${i}]`);
      return;
    }
    if (value && typeof value === 'object' && !(value instanceof Date)) {
      for (const [key, v] of Object.entries(value)) {
        const here = path ? `${path}.${key}` : key;
        if ((key === 'sources' || key === 'labelSources') && path !== '' && Array.isArray(v)) {
          v.forEach((id, i) => {
            if (!sourceIds.has(id)) report(`${here}[${i}]`, `expected the id of an entry in \`sources\`, got "${id}"`);
          });
        } else walk(v, here);
      }
    } else if (typeof value === 'string') {
      for (const id of inlineRefs(value)) {
        if (!contactIds.has(id))
          report(
            path,
            `[[${id}]] names no contact; expected the id of a phone, dial code, SMS code or link in \`contacts\``,
          );
      }
      for (const id of inlineSections(value)) {
        if (!(id in CARRIER_SECTIONS))
          report(
            path,
            `[[#${id}]] names no section of a carrier guide; expected one of ${Object.keys(CARRIER_SECTIONS).join(', ')}`,
          );
      }
    }
  };
  walk({ ...carrier, sources: undefined }, '');

  if (!carrier.sources.some((s) => s.official))
    report('sources', 'expected at least one official source (official: true) for a carrier guide');

  carrier.contacts.phones.forEach((phone, i) => {
    const purposes = labelPurposes(phone.label);
    if (purposes.length && !phone.labelSources?.length) {
      report(
        `contacts.phones[${i}].labelSources`,
        `the label "${phone.label}" says what the number is for (${purposes.join(', ')}); expected labelSources: the ids of the sources that say this number is for that (repeat an id from \`sources\` if that page says it), or a label that claims no purpose`,
      );
    }
  });

  const known = new Set(
    carrier.contacts.phones
      .flatMap((p) => [p.number, p.fromAbroad.number])
      .filter(Boolean)
      .map((n) => n!.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '')),
  );
  const checkPhones = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) checkPhones(v, `${path}[${i}]`);
      return;
    }
    if (value && typeof value === 'object' && !(value instanceof Date)) {
      for (const [k, v] of Object.entries(value))
        if (k !== 'sources' && k !== 'url') checkPhones(v, path ? `${path}.${k}` : k);
    } else if (typeof value === 'string') {
      for (const number of phoneNumbersIn(value)) {
        if (!known.has(number))
          report(
            path,
            `mentions the phone number ${number}, which is not in contacts.phones; add it there and write [[its-id]]`,
          );
      }
    }
  };
  checkPhones({ ...carrier, contacts: undefined, sources: undefined }, '');
  for (const [i, line] of body.split('\n').entries()) checkPhones(line, `body line ${i + 1}`);

  if (!isActive(carrier)) return;
  if (!carrier.cancel.channels.some((c) => c.id === carrier.summary.fastest)) {
    report('summary.fastest', `expected the id of a channel in cancel.channels, got "${carrier.summary.fastest}"`);
  }
  const anchors: [string, string][] = [
    ...carrier.cancel.channels.map((c, i): [string, string] => [c.id, `cancel.channels[${i}].id`]),
    ...carrier.cancel.channels.flatMap((c, i) =>
      c.steps.map((s, j): [string, string] => [s.id, `cancel.channels[${i}].steps[${j}].id`]),
    ),
    ...carrier.portOut.steps.map((s, i): [string, string] => [s.id, `portOut.steps[${i}].id`]),
  ];
  checkUniqueAnchors(anchors, new Set(CARRIER_SECTION_IDS), report);
}

/** North American numbers written in text (800-331-0500, (800) 331 0500, 1.800.331.0500), as 10 digits. */
export function phoneNumbersIn(text: string): string[] {
  return [...text.matchAll(/(?<![\d.-])(?:\+?1[-. ]?)?\(?([2-9]\d{2})\)?[-. ]?(\d{3})[-. ](\d{4})(?![\d-])/g)].map(
    (m) => `${m[1]}${m[2]}${m[3]}`,
  );
}

function checkUniqueAnchors(
  anchors: [string, string][],
  reserved: Set<string>,
  report: (field: string, message: string) => void,
) {
  const seen = new Map<string, string>();
  for (const [id, field] of anchors) {
    if (reserved.has(id)) report(field, `"${id}" is the id of a section the page adds itself; choose another id`);
    else if (seen.has(id))
      report(field, `duplicate id "${id}" (also used at ${seen.get(id)}); every step and heading needs its own id`);
    seen.set(id, field);
  }
}

/** Components an MDX body may use: source markers, and tables derived from the carriers' data. */
export const BODY_COMPONENTS = ['S', 'KeepCostTable', 'LeavingChoices'];

/** Headings in an MDX body must carry an explicit id, so links to them never change. */
function checkBody(
  entry: RawEntry,
  sourceIds: Set<string>,
  report: (field: string, message: string) => void,
): [string, string][] {
  const anchors: [string, string][] = [];
  let inFence = false;
  entry.body.split('\n').forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) return;
    const field = `body line ${index + 1}`;
    if (/^#{1,6}\s/.test(line)) {
      report(
        field,
        'expected a heading written as <h2 id="readable-ascii-id">…</h2>; Markdown # headings get no stable id',
      );
    }
    for (const m of line.matchAll(/<h([2-4])\b([^>]*)>/g)) {
      const id = /\bid="([^"]*)"/.exec(m[2] ?? '')?.[1];
      if (id === undefined) report(field, `expected <h${m[1]}> to have id="readable-ascii-id"`);
      else if (!anchorId.safeParse(id).success)
        report(field, `expected a lower-case ASCII heading id such as "why-port-first", got "${id}"`);
      else anchors.push([id, field]);
    }
    for (const m of line.matchAll(/<([A-Z][A-Za-z]*)\b/g)) {
      if (!BODY_COMPONENTS.includes(m[1]!))
        report(field, `<${m[1]}> is not a component guides can use; expected one of ${BODY_COMPONENTS.join(', ')}`);
    }
    for (const m of line.matchAll(/<S\s+id="([^"]*)"/g)) {
      if (!sourceIds.has(m[1]!)) report(field, `<S id="${m[1]}"> names no entry in \`sources\``);
    }
  });
  return anchors;
}

/**
 * Official means the publisher's own page (see content/publishers.yaml and src/lib/content/publishers.ts):
 * - `official: true` needs a URL registered to a publisher that counts for this guide, on no forum,
 *   archive or proxy page, and, when the text was read from a copy elsewhere (`via`), an unaltered copy;
 * - a note saying the page was read through a copy (代理/镜像/副本/转载/存档) needs `captured` or `via`,
 *   unless the source is itself that copy: a third-party page on a host no publisher owns.
 */
function checkSourceLabels(
  sources: readonly Source[],
  guide: GuideRef,
  registry: PublisherRegistry,
  report: (field: string, message: string) => void,
) {
  sources.forEach((source, i) => {
    const owner = pageOwner(source.url, registry);
    const page = URL.canParse(source.url) ? new URL(source.url).host + new URL(source.url).pathname : source.url;
    if (source.official) {
      if (owner.kind === 'not-publisher') {
        report(
          `sources[${i}].official`,
          `expected official: false: ${page} is a ${owner.why} page ("${owner.pattern}" in publishers.yaml), not the publisher's own; cite the publisher's URL with captured or via, or mark it third party`,
        );
      } else if (owner.kind === 'unregistered') {
        report(
          `sources[${i}].official`,
          `expected official: false, or ${page} registered to its publisher in publishers.yaml: no publisher owns this page`,
        );
      } else if (!countsFor(owner.publisher, guide, readOn(source))) {
        report(
          `sources[${i}].official`,
          `expected official: false: ${owner.publisher.name} ("${owner.pattern}") does not speak for this carrier; official means the carrier, its parent or a regulator (list "${guide.slug}" in its guides in publishers.yaml if it does)`,
        );
      } else if (source.via && !source.via.unaltered) {
        report(
          `sources[${i}].via.unaltered`,
          "expected official: false for text read from a copy that may differ from the publisher's page (via.unaltered is false)",
        );
      }
    }
    const word = source.note && INDIRECT_READ.exec(source.note)?.[0];
    const isTheCopy = !source.official && owner.kind !== 'publisher';
    if (word && !source.captured && !source.via && !isTheCopy) {
      report(
        `sources[${i}].note`,
        `says the page was read through a copy ("${word}"); expected captured: <date of the archived copy, or "unknown"> for a snapshot of this URL, or via: { url, unaltered } for the copy read on another host`,
      );
    }
  });
}

/**
 * One page, one label: a URL cited by several guides (same page after pageKey) has the same title,
 * publisher and official flag everywhere. Each citation that differs from the first one (in file order)
 * is reported, naming where the first one is.
 */
function checkOneLabel(
  cited: { file: string; index: number; source: Source }[],
  report: (file: string, field: string, message: string) => void,
) {
  const first = new Map<string, { file: string; index: number; source: Source }>();
  for (const c of cited) {
    const key = pageKey(c.source.url);
    const seen = first.get(key);
    if (!seen) {
      first.set(key, c);
      continue;
    }
    const differ = (['title', 'publisher', 'official'] as const).filter((f) => seen.source[f] !== c.source[f]);
    if (!differ.length) continue;
    const wanted = differ.map((f) => `${f}: ${JSON.stringify(seen.source[f])}`).join(', ');
    const got = differ.map((f) => `${f}: ${JSON.stringify(c.source[f])}`).join(', ');
    report(
      c.file,
      `sources[${c.index}]`,
      `the same page (${key}) is labelled ${wanted} in ${seen.file} (sources[${seen.index}]); expected one label everywhere, got ${got}`,
    );
  }
}

/**
 * Every check that needs the whole site: per guide (schema, ids, references, body, official labels) and
 * across guides (names, short links, one label per page). `publishers` is content/publishers.yaml, parsed.
 */
export function validateEntries(entries: RawEntry[], spam: RegExp[], publishers: PublisherRegistry): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const cited: { file: string; index: number; source: Source }[] = [];
  const ownNames = new Map<string, { file: string; alias: string }>();
  const shortNames = new Map<string, string>();
  const slugs = new Map<string, string>();

  for (const entry of entries) {
    const report = (field: string, message: string) => problems.push({ file: entry.file, field, message });

    if (!anchorId.safeParse(entry.slug).success) {
      report('(file name)', `expected a lower-case ASCII file name such as "t-mobile.mdx", got "${entry.slug}"`);
    }
    const slugKey = `${entry.collection}/${entry.slug}`;
    if (slugs.has(slugKey))
      report('(file name)', `duplicate slug "${entry.slug}": ${slugs.get(slugKey)} has the same URL`);
    slugs.set(slugKey, entry.file);

    for (const pattern of spam) {
      const hit = pattern.exec(entry.raw);
      if (hit)
        report('(anywhere)', `contains "${hit[0]}", which matches the spam pattern ${pattern.source}; remove it`);
    }

    if (entry.yamlError) {
      report('(frontmatter)', `expected valid YAML between the --- lines: ${entry.yamlError}`);
      continue;
    }
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(entry.raw)?.[1] ?? '';
    for (const c of yamlComments(frontmatter)) report(`line ${c.line + 1}`, commentMessage(c.text));
    const parsed = COLLECTIONS[entry.collection].schema.safeParse(entry.data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) report(fieldPath(issue.path), issue.message);
      continue;
    }
    const data = parsed.data;
    const sourceIds = new Set(data.sources.map((s) => s.id));
    checkSourceLabels(data.sources, { collection: entry.collection, slug: entry.slug }, publishers, report);
    for (const [index, source] of data.sources.entries()) cited.push({ file: entry.file, index, source });
    checkUniqueAnchors(
      data.sources.map((s, i): [string, string] => [s.id, `sources[${i}].id`]),
      new Set(),
      report,
    );
    const bodyAnchors = checkBody(entry, sourceIds, report);
    const faqAnchors = data.faq.map((f, i): [string, string] => [f.id, `faq[${i}].id`]);

    if (entry.collection === 'carriers') {
      const carrier = data as Carrier;
      checkCarrierRefs(carrier, entry.body, report);
      checkUniqueAnchors([...bodyAnchors, ...faqAnchors], new Set(CARRIER_SECTION_IDS), report);
      for (const [i, alias] of [carrier.name, ...carrier.aliases].entries()) {
        const key = normalizeAlias(alias);
        const other = ownNames.get(key);
        const field = i === 0 ? 'name' : `aliases[${i - 1}]`;
        if (other && other.file !== entry.file)
          report(
            field,
            `"${alias}" is already a name of ${other.file} ("${other.alias}"); a carrier's own names must be unique`,
          );
        else ownNames.set(key, { file: entry.file, alias });
      }
      carrier.shortNames.forEach((short, i) => {
        const other = shortNames.get(short);
        if (other && other !== entry.file)
          report(`shortNames[${i}]`, `short link "/${short}/" is already used by ${other}`);
        if (RESERVED_PATHS.includes(short))
          report(`shortNames[${i}]`, `"/${short}/" is a page of the site itself; choose another short name`);
        shortNames.set(short, entry.file);
      });
    } else {
      checkUniqueAnchors([...bodyAnchors, ...faqAnchors], new Set(GUIDE_SECTION_IDS), report);
      for (const [field, value] of sourceRefFields(data.faq)) {
        if (!sourceIds.has(value)) report(field, `expected the id of an entry in \`sources\`, got "${value}"`);
      }
    }

    const future = data.reviewed.getTime() - Date.now();
    if (future > 86_400_000) report('reviewed', 'expected a date that is not in the future');
  }
  checkOneLabel(cited, (file, field, message) => problems.push({ file, field, message }));
  return problems;
}

/** content/publishers.yaml against its schema; returns the registry (empty when invalid) and its problems. */
export function validatePublishers(
  file: string,
  data: unknown,
  raw: string,
): { registry: PublisherRegistry; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  for (const c of yamlComments(raw)) problems.push({ file, field: `line ${c.line}`, message: commentMessage(c.text) });
  const parsed = publisherRegistrySchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      problems.push({ file, field: fieldPath(issue.path), message: issue.message });
    return { registry: { publishers: [], notPublisher: [] }, problems };
  }
  const ids = new Set<string>();
  parsed.data.publishers.forEach((p, i) => {
    if (ids.has(p.id))
      problems.push({ file, field: `publishers[${i}].id`, message: `duplicate publisher id "${p.id}"` });
    ids.add(p.id);
  });
  return { registry: parsed.data, problems };
}

function sourceRefFields(faq: { sources: string[] }[]): [string, string][] {
  return faq.flatMap((f, i) => f.sources.map((id, j): [string, string] => [`faq[${i}].sources[${j}]`, id]));
}

/** Why a comment in content fails: it is usually a value cut short at " #". */
function commentMessage(comment: string): string {
  const shown = comment.length > 40 ? `${comment.slice(0, 40)}…` : comment;
  return `expected no YAML comment, found "${shown}": an unquoted value ends at " #" and the rest is dropped; quote the whole value ("…") or move the note into a field`;
}

export function formatProblems(problems: ContentProblem[]): string {
  const lines = problems.map((p) => `  ${p.file} → ${p.field}: ${p.message}`);
  return `Content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`;
}

/** One pattern a line, as in ../shared/spam-domains.txt: extended regular expressions, matched case-insensitively. */
export function parseSpamPatterns(text: string): RegExp[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => new RegExp(l, 'im'));
}

/** content/questions.yaml: a list of reader questions, each with a unique id. */
export function validateQuestions(file: string, data: unknown, raw: string, spam: RegExp[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (field: string, message: string) => problems.push({ file, field, message });
  for (const pattern of spam) {
    const hit = pattern.exec(raw);
    if (hit) report('(anywhere)', `contains "${hit[0]}", which matches the spam pattern ${pattern.source}; remove it`);
  }
  for (const c of yamlComments(raw)) report(`line ${c.line}`, commentMessage(c.text));
  if (!Array.isArray(data)) {
    report('(file)', 'expected a YAML list of questions');
    return problems;
  }
  const seen = new Map<string, number>();
  data.forEach((item, i) => {
    const parsed = questionSchema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) report(fieldPath([i, ...issue.path]).replace(/^\[/, '['), issue.message);
      return;
    }
    const previous = seen.get(parsed.data.id);
    if (previous !== undefined) report(`[${i}].id`, `duplicate id "${parsed.data.id}" (also [${previous}])`);
    seen.set(parsed.data.id, i);
  });
  return problems;
}
