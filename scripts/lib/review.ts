// The maintainer's review: which guides are weakest, by a scoring rule written down here once.
// `npm run review` (scripts/review.ts) prints the ranking and writes docs/review.md.
import type { Carrier } from '../../src/schemas/index.ts';
import { highStakesFacts as sharedHighStakesFacts } from './high-stakes.ts';
import { citesOfficial, readOn, type Source } from '../../src/lib/guide/sources.ts';
import { median } from './stats.ts';

/**
 * Points per finding; a guide's score is the sum, and the highest score is the weakest guide.
 * - highStakes: a high-stakes fact (scripts/lib/high-stakes.ts: phone numbers and labels, calling from
 *   abroad, dial and SMS codes, account number, transfer PIN and locks, fees and refunds, stop-paying and its
 *   timeline, pause and abroad rules, service-end dates) that has sources but no official one;
 * - conflict: each `conflicts` entry (sources disagree now);
 * - unknown: each fact written as `{ unknown }`;
 * - weakRead: each source read only in part (`read: partial`) or only from research notes
 *   (a note that says 研究笔记: the page itself was not re-read);
 * - agePer90Days: one point for every 90 days in the median age of the guide's sources, where a
 *   source's age is days from the archived copy's date (else the check date) to the review day.
 */
export const REVIEW_WEIGHTS = { highStakes: 5, conflict: 2, unknown: 1, weakRead: 0.5, agePer90Days: 1 } as const;

export interface GuideReview {
  /** Path shown to the maintainer, e.g. content/carriers/att.mdx */
  file: string;
  /** Field paths of high-stakes facts with no official source, e.g. "portOut.pin". */
  highStakes: string[];
  unknowns: number;
  conflicts: number;
  /** Ids of sources read only in part or only from notes. */
  weakReads: string[];
  /** Median days since the guide's sources were read (captured, else checked). */
  medianAgeDays: number;
  score: number;
}

/** What the review needs of any guide: its sources and whatever facts it has. */
type GuideData = { sources: readonly Source[] } & Record<string, unknown>;

const DAY_MS = 86_400_000;

/** Every fact-like object in the guide, with its path: counted for unknowns and conflicts. */
function walk(value: unknown, path: string, visit: (node: Record<string, unknown>, path: string) => void) {
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) walk(v, `${path}[${i}]`, visit);
    return;
  }
  if (!value || typeof value !== 'object' || value instanceof Date) return;
  visit(value as Record<string, unknown>, path);
  for (const [k, v] of Object.entries(value)) if (k !== 'sources') walk(v, path ? `${path}.${k}` : k, visit);
}

/**
 * The high-stakes facts of a guide that rest on sources (scripts/lib/high-stakes.ts says which), each with the
 * citations it makes; a citation may name one quote of its source (`id#quote`).
 */
export function highStakesFacts(carrier: Carrier | Record<string, unknown>): { field: string; sources: string[] }[] {
  return sharedHighStakesFacts(carrier);
}

/**
 * Reviews one guide as of `today`. `data` is the parsed frontmatter; `isCarrier` says whether it is a
 * carrier guide (only those have high-stakes facts in fixed fields).
 */
export function reviewGuide(file: string, data: GuideData, isCarrier: boolean, today: Date): GuideReview {
  const highStakes = isCarrier
    ? highStakesFacts(data as unknown as Carrier)
        .filter((f) => !citesOfficial(data.sources, f.sources))
        .map((f) => f.field)
    : [];
  let unknowns = 0;
  let conflicts = 0;
  walk({ ...data, sources: undefined }, '', (node) => {
    if (typeof node.unknown === 'string') unknowns++;
    if (Array.isArray(node.conflicts)) conflicts += node.conflicts.length;
  });
  const weakReads = data.sources.filter((s) => s.read === 'partial' || /研究笔记/.test(s.note ?? '')).map((s) => s.id);
  const medianAgeDays = Math.round(
    median(data.sources.map((s) => Math.max(0, Math.floor((today.getTime() - readOn(s).getTime()) / DAY_MS)))),
  );
  const w = REVIEW_WEIGHTS;
  const score =
    highStakes.length * w.highStakes +
    conflicts * w.conflict +
    unknowns * w.unknown +
    weakReads.length * w.weakRead +
    Math.floor(medianAgeDays / 90) * w.agePer90Days;
  return { file, highStakes, unknowns, conflicts, weakReads, medianAgeDays, score };
}

/** Weakest first: highest score, then most high-stakes gaps, then file name. */
export function rankGuides(reviews: readonly GuideReview[]): GuideReview[] {
  return [...reviews].sort(
    (a, b) => b.score - a.score || b.highStakes.length - a.highStakes.length || a.file.localeCompare(b.file),
  );
}

/** The one-line reason a guide ranks where it does, largest contribution first. */
export function reviewReason(r: GuideReview): string {
  const w = REVIEW_WEIGHTS;
  const parts: [number, string][] = [
    [
      r.highStakes.length * w.highStakes,
      `${r.highStakes.length} high-stakes fact(s) without an official source: ${r.highStakes.join(', ')}`,
    ],
    [r.conflicts * w.conflict, `${r.conflicts} conflict(s)`],
    [r.unknowns * w.unknown, `${r.unknowns} unknown(s)`],
    [r.weakReads.length * w.weakRead, `${r.weakReads.length} source(s) read in part or only from notes`],
    [Math.floor(r.medianAgeDays / 90) * w.agePer90Days, `sources ${r.medianAgeDays} days old (median)`],
  ];
  return (
    parts
      .filter(([points]) => points > 0)
      .sort((a, b) => b[0] - a[0])
      .map(([, text]) => text)
      .join('; ') || 'nothing to review'
  );
}

const COLUMNS = [
  '#',
  'guide',
  'score',
  'high-stakes w/o official',
  'unknowns',
  'conflicts',
  'partial/notes',
  'median age (days)',
] as const;

function rows(ranked: readonly GuideReview[]): string[][] {
  return ranked.map((r, i) => [
    String(i + 1),
    r.file,
    String(r.score),
    String(r.highStakes.length),
    String(r.unknowns),
    String(r.conflicts),
    String(r.weakReads.length),
    String(r.medianAgeDays),
  ]);
}

/** A plain-text table for the terminal, columns padded (CJK-free content, so string length is width). */
export function reviewTable(ranked: readonly GuideReview[]): string {
  const all = [[...COLUMNS], ...rows(ranked)];
  const widths = COLUMNS.map((_, c) => Math.max(...all.map((row) => row[c]!.length)));
  return all
    .map((row) => row.map((cell, c) => (c === 1 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '))
    .join('\n');
}

/** docs/review.md: the rule, the ranking, and what to fix in the weakest guides. */
export function reviewMarkdown(ranked: readonly GuideReview[], today: string, detail = 10): string {
  const w = REVIEW_WEIGHTS;
  const table = [
    `| ${COLUMNS.join(' | ')} |`,
    `| ${COLUMNS.map(() => '---').join(' | ')} |`,
    ...rows(ranked).map((r) => `| ${r.join(' | ')} |`),
  ];
  const details = ranked
    .slice(0, detail)
    .map((r, i) => `${i + 1}. \`${r.file}\` (score ${r.score}): ${reviewReason(r)}.`);
  return `# Content review

Generated by \`npm run review\` on ${today}. Weakest guides first. Do not edit by hand: fix the guides, then run it again.

## Scoring

A guide's score is the sum of:

| finding | points |
| --- | --- |
| a high-stakes fact (phone number and label, calling from abroad, dial or SMS code, account number, transfer PIN, port-out lock, fee, device balance, proration, refund, stop-paying rule or timeline event, pause or abroad rule, service-end date) whose sources include no official one | ${w.highStakes} each |
| a conflict (sources disagree now) | ${w.conflict} each |
| an unknown fact | ${w.unknown} each |
| a source read only in part (\`read: partial\`) or only from research notes (its note says 研究笔记) | ${w.weakRead} each |
| source age: the median days since the guide's sources were read (archive date, else check date) | ${w.agePer90Days} per full 90 days |

## Ranking

${table.join('\n')}

## What to look at first

${details.join('\n')}
`;
}
