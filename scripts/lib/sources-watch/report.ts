// The watch's report: JSON for tools, Markdown for people, and which problems are new since the last one.
import { PROBLEM_STATES, STATES, UNKNOWN_STATES, type PageCheck, type State } from './classify.ts';
import { STAKES, stakesOf, type Citation, type Stakes, type WatchPage } from './pages.ts';

export const REPORT_FORMAT = 1;

export interface PageReport {
  url: string;
  snapshotUrl?: string;
  title: string;
  sourceIds: string[];
  state: State;
  detail: string;
  httpStatus?: number;
  finalUrl?: string;
  /** The day of the first run that saw the page in this state. */
  since: string;
  /** What a problem on this page puts at risk: its missing quotes' citations when any are missing, else all. */
  stakes: Stakes;
  /** Whether this run is the first to report this problem. */
  new: boolean;
  quotes: number;
  missingQuotes: { id: string; text: string; citedBy: Citation[] }[];
  citedBy: Citation[];
}

export interface WatchReport {
  format: typeof REPORT_FORMAT;
  /** When the last run ended (ISO 8601, UTC). */
  checkedAt: string;
  /** What the last run checked: `all`, or the guide given to `--only`. */
  scope: string;
  /** Pages the last run fetched; the others are carried from earlier runs. */
  checkedPages: number;
  counts: Record<State, number>;
  /** URLs of the problems first seen by the last run, highest stakes first. */
  newProblems: string[];
  pages: PageReport[];
}

const isProblem = (s: State) => PROBLEM_STATES.includes(s);

/** A problem is new when the page was not in that state before, or a quote is missing that was not, or it moved elsewhere. */
export function isNewProblem(previous: PageReport | undefined, current: Omit<PageReport, 'new' | 'since'>): boolean {
  if (!isProblem(current.state)) return false;
  if (!previous || previous.state !== current.state) return true;
  if (current.state === 'moved') return previous.finalUrl !== current.finalUrl;
  const before = new Set(previous.missingQuotes.map((q) => q.id));
  return current.missingQuotes.some((q) => !before.has(q.id));
}

/** Highest stakes first, then missing before gone before moved, then the most cited, then by address. */
export function byStakes(a: PageReport, b: PageReport): number {
  return (
    STAKES.indexOf(a.stakes) - STAKES.indexOf(b.stakes) ||
    STATES.indexOf(a.state) - STATES.indexOf(b.state) ||
    b.citedBy.length - a.citedBy.length ||
    a.url.localeCompare(b.url)
  );
}

/**
 * The new report: the pages this run checked (`checks`), and from `previous` every page it did not check
 * (a run limited by `--only`), with each problem marked new or not and each state's first day kept.
 */
export function buildReport(
  checks: readonly { page: WatchPage; check: PageCheck }[],
  previous: WatchReport | undefined,
  scope: string,
  now: Date,
): WatchReport {
  const before = new Map(previous?.pages.map((p) => [p.url, p]));
  const today = now.toISOString().slice(0, 10);
  const checked: PageReport[] = checks.map(({ page, check }) => {
    const missingQuotes = page.quotes
      .filter((q) => check.missingQuotes.includes(q.id))
      .map(({ id, text, citedBy }) => ({ id, text, citedBy }));
    const report: Omit<PageReport, 'new' | 'since'> = {
      url: page.url,
      ...(page.snapshotUrl ? { snapshotUrl: page.snapshotUrl } : {}),
      title: page.title,
      sourceIds: page.sourceIds,
      state: check.state,
      detail: check.detail,
      ...(check.httpStatus !== undefined ? { httpStatus: check.httpStatus } : {}),
      ...(check.finalUrl ? { finalUrl: check.finalUrl } : {}),
      stakes: stakesOf(
        check.state === 'missing' && missingQuotes.length ? missingQuotes.flatMap((q) => q.citedBy) : page.citedBy,
      ),
      quotes: page.quotes.length,
      missingQuotes,
      citedBy: page.citedBy,
    };
    const prior = before.get(page.url);
    return {
      ...report,
      since: prior && prior.state === report.state ? prior.since : today,
      new: isNewProblem(prior, report),
    };
  });
  const checkedUrls = new Set(checked.map((p) => p.url));
  const carried = (previous?.pages ?? []).filter((p) => !checkedUrls.has(p.url)).map((p) => ({ ...p, new: false }));
  const pages = [...checked, ...carried].sort((a, b) => a.url.localeCompare(b.url));
  const counts = Object.fromEntries(STATES.map((s) => [s, pages.filter((p) => p.state === s).length])) as Record<
    State,
    number
  >;
  return {
    format: REPORT_FORMAT,
    checkedAt: now.toISOString(),
    scope,
    checkedPages: checked.length,
    counts,
    newProblems: checked
      .filter((p) => p.new)
      .sort(byStakes)
      .map((p) => p.url),
    pages,
  };
}

const STATE_LABEL: Record<State, string> = {
  missing: 'quote missing',
  moved: 'moved',
  gone: 'gone',
  blocked: 'blocked',
  'needs-browser': 'needs a browser',
  unreachable: 'unreachable',
  historical: 'historical',
  found: 'all quotes found',
};

/**
 * `t-mobile: contacts.phones[care], money.etf; att: sources`: at most `perGuide` fields a guide and `guides`
 * guides, the guides with the highest stakes first.
 */
export function citedByText(citations: readonly Citation[], perGuide = 4, guides = Number.POSITIVE_INFINITY): string {
  const byGuide = new Map<string, string[]>();
  for (const c of citations) {
    const fields = byGuide.get(c.guide) ?? [];
    if (!fields.includes(c.field)) fields.push(c.field);
    byGuide.set(c.guide, fields);
  }
  const rank = (guide: string) => STAKES.indexOf(stakesOf(citations.filter((c) => c.guide === guide)));
  const ranked = [...byGuide].sort((a, b) => rank(a[0]) - rank(b[0]));
  const shown = ranked.slice(0, guides).map(([guide, fields]) => {
    const more = fields.length > perGuide ? ` +${fields.length - perGuide} more` : '';
    return `${guide}: ${fields.slice(0, perGuide).join(', ')}${more}`;
  });
  if (ranked.length > guides) shown.push(`+${ranked.length - guides} more guides`);
  return shown.join('; ');
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const link = (p: PageReport) => `[${cell(p.title)}](${p.url})`;

function problemItem(p: PageReport): string {
  const lines = [`- **${STATE_LABEL[p.state]}** (${p.stakes} stakes, since ${p.since}): ${link(p)}`, `  - ${p.detail}`];
  for (const q of p.missingQuotes)
    lines.push(`  - \`${q.id}\` “${q.text}”: cited by ${citedByText(q.citedBy) || 'no fact'}`);
  lines.push(`  - cited by ${citedByText(p.citedBy)}`);
  return lines.join('\n');
}

function table(pages: readonly PageReport[], withState: boolean): string {
  const head = withState ? '| state | page | detail | since | cited by |' : '| page | detail | cited by |';
  const rule = withState ? '| --- | --- | --- | --- | --- |' : '| --- | --- | --- |';
  const rows = pages.map((p) =>
    withState
      ? `| ${STATE_LABEL[p.state]} | ${link(p)} | ${cell(p.detail)} | ${p.since} | ${cell(citedByText(p.citedBy, 2, 3))} |`
      : `| ${link(p)} | ${cell(p.detail)} | ${cell(citedByText(p.citedBy, 2, 3))} |`,
  );
  return [head, rule, ...rows].join('\n');
}

/** The report for people: new problems first (highest stakes first), then open ones, unknowns and old versions. */
export function reportMarkdown(report: WatchReport): string {
  const byUrl = new Map(report.pages.map((p) => [p.url, p]));
  const fresh = report.newProblems.map((u) => byUrl.get(u)!);
  const open = report.pages.filter((p) => isProblem(p.state) && !p.new).sort(byStakes);
  const unknown = report.pages
    .filter((p) => UNKNOWN_STATES.includes(p.state))
    .sort((a, b) => STATES.indexOf(a.state) - STATES.indexOf(b.state) || byStakes(a, b));
  const historical = report.pages.filter((p) => p.state === 'historical');
  const scope =
    report.scope === 'all'
      ? `all ${report.checkedPages} cited pages`
      : `the ${report.checkedPages} pages \`${report.scope}\` cites (the other pages are from earlier runs)`;
  const out = [
    '# Source watch',
    '',
    `Written by \`npm run sources:watch\`. Last run ${report.checkedAt.slice(0, 16).replace('T', ' ')} UTC over ${scope}.`,
    'Problems (a quote missing, a page moved or gone) fail the run only when new; blocked, unreachable and',
    'script-drawn pages are unknowns, and historical pages are older versions checked for reference.',
    '',
    '| state | pages |',
    '| --- | --- |',
    ...STATES.map((s) => `| ${STATE_LABEL[s]} | ${report.counts[s]} |`),
    '',
    `## New since the last report (${fresh.length})`,
    '',
    fresh.length ? fresh.map(problemItem).join('\n') : 'None.',
    '',
    `## Still open (${open.length})`,
    '',
    open.length ? open.map(problemItem).join('\n') : 'None.',
    '',
    `## Unknown: not read, not a failure (${unknown.length})`,
    '',
    unknown.length ? table(unknown, true) : 'None.',
    '',
    `## Historical (${historical.length})`,
    '',
    historical.length ? table(historical, false) : 'None.',
    '',
    `${report.counts.found} pages had every quote (or, without quotes, their title) on them: see the JSON report.`,
    '',
  ];
  return out.join('\n');
}
