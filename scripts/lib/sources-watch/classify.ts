// From what a server answered to one state per page: what a maintainer has to do about it, if anything.
import type { FetchOutcome } from './fetch.ts';
import type { WatchPage } from './pages.ts';
import { containsNormalized, normalizeText, pageText, servedTitle, titleForms } from './text.ts';

/**
 * - found: the page answered, rendered, and every quote is on it;
 * - missing: the page answered and rendered, and a quote is not on it;
 * - moved: redirected to a different page (not merely to https, `www.` or a trailing slash);
 * - gone: 404 or 410;
 * - blocked: 401, 403, 429, 451 or a bot wall (a challenge page): unknown, not a failure;
 * - unreachable: no answer (DNS, connection, timeout) or a server error, after the retries;
 * - needs-browser: too little text, or none of the page's title in it: the page is drawn by script;
 * - historical: an archived copy or an older version, never reported missing (its snapshot is read when known).
 */
export const STATES = [
  'missing',
  'moved',
  'gone',
  'blocked',
  'needs-browser',
  'unreachable',
  'historical',
  'found',
] as const;
export type State = (typeof STATES)[number];

/** States a maintainer must act on; a watch run fails only for these, and only when new. */
export const PROBLEM_STATES: readonly State[] = ['missing', 'moved', 'gone'];
/** States that say nothing about the page itself. */
export const UNKNOWN_STATES: readonly State[] = ['blocked', 'needs-browser', 'unreachable'];

export interface PageCheck {
  state: State;
  /** One line for people: the HTTP status, the error, the redirect target, what was missing. */
  detail: string;
  httpStatus?: number;
  /** Where a redirect ended, when it did. */
  finalUrl?: string;
  /** Ids of quotes not found on the page (for `missing`, and as a note on other states that read the text). */
  missingQuotes: string[];
}

/** Less normalised text than this is a shell waiting for its script, not the page. */
export const MIN_TEXT_CHARS = 200;

/**
 * Challenge and bot-wall pages of the common services (Cloudflare, Akamai, Imperva, PerimeterX, DataDome, AWS
 * WAF), matched on the HTML of a short page: a real page long enough to carry a quote is not mistaken for one.
 */
const BOT_WALLS: RegExp[] = [
  /<title>\s*just a moment\.\.\.\s*<\/title>/i,
  /challenge-platform|cf-chl-|attention required! \| cloudflare/i,
  /access denied[\s\S]{0,600}you don't have permission to access/i,
  /pardon our interruption/i,
  /incapsula incident id|_incapsula_resource/i,
  /px-captcha|press (&amp;|&) hold to confirm/i,
  /captcha-delivery\.com|please enable js and disable any ad blocker/i,
  /awswaf|aws-waf-token/i,
  /verify (that )?you are (a )?human|are you a robot\?/i,
];
const BOT_WALL_MAX_TEXT = 3_000;

export function isBotWall(headers: Record<string, string>, html: string, textLength: number): boolean {
  if (headers['cf-mitigated'] === 'challenge') return true;
  return textLength < BOT_WALL_MAX_TEXT && BOT_WALLS.some((re) => re.test(html));
}

/** One document under a different spelling: http/https, `www.`, letter case of the host, a trailing slash, the fragment. */
export function samePage(a: string, b: string): boolean {
  if (!URL.canParse(a) || !URL.canParse(b)) return a === b;
  const key = (u: string) => {
    const url = new URL(u);
    const host = url.hostname.toLowerCase().replace(/^www\./, '');
    const path = url.pathname.replace(/\/+$/, '') || '/';
    return `${host}${path}${url.search}`;
  };
  return key(a) === key(b);
}

const BLOCKED_STATUSES = new Set([401, 403, 429, 451]);

/** The state of a page from what its fetch returned. */
export function classify(page: WatchPage, outcome: FetchOutcome): PageCheck {
  const live = liveState(page, outcome);
  if (!page.historical) return live;
  // An older version or an archived copy: what the live address (or the snapshot) shows now is a note, never a problem.
  const where = page.snapshotUrl ? 'snapshot' : 'live page';
  const quotes = live.missingQuotes.length ? `; ${live.missingQuotes.length} quote(s) not on it` : '';
  return {
    ...live,
    state: 'historical',
    detail: `${page.historical}; ${where}: ${live.state}${live.detail ? ` (${live.detail})` : ''}${quotes}`,
  };
}

function liveState(page: WatchPage, outcome: FetchOutcome): PageCheck {
  if (outcome.kind === 'error') {
    const tries = outcome.attempts > 1 ? ` after ${outcome.attempts} attempts` : '';
    return { state: 'unreachable', detail: `${outcome.code}${tries}: ${outcome.message}`, missingQuotes: [] };
  }
  const { status, headers, body } = outcome;
  const base = { httpStatus: status, missingQuotes: [] as string[] };
  const isHtml = /html|xml/i.test(headers['content-type'] ?? 'text/html');
  const text = isHtml ? normalizeText(pageText(body)) : '';
  if (BLOCKED_STATUSES.has(status) || (isHtml && isBotWall(headers, body, text.length)))
    return {
      ...base,
      state: 'blocked',
      detail: BLOCKED_STATUSES.has(status) ? `HTTP ${status}` : `bot wall (HTTP ${status})`,
    };
  if (status === 404 || status === 410) return { ...base, state: 'gone', detail: `HTTP ${status}` };
  if (status >= 400)
    return {
      ...base,
      state: 'unreachable',
      detail: `HTTP ${status}${outcome.attempts > 1 ? ` after ${outcome.attempts} attempts` : ''}`,
    };

  const fetched = page.snapshotUrl ?? page.url;
  const moved = !samePage(fetched, outcome.finalUrl);
  const missingQuotes = page.quotes.filter((q) => !containsNormalized(text, q.text)).map((q) => q.id);
  const rendered =
    text.length >= MIN_TEXT_CHARS && titleForms(page.title, servedTitle(body)).some((t) => containsNormalized(text, t));
  const quoteNote = page.quotes.length
    ? `${page.quotes.length - missingQuotes.length}/${page.quotes.length} quotes found`
    : '';

  if (moved)
    return {
      ...base,
      state: 'moved',
      finalUrl: outcome.finalUrl,
      detail: [`now ${outcome.finalUrl}`, quoteNote && `${quoteNote} there`].filter(Boolean).join('; '),
      missingQuotes,
    };
  if (!isHtml) {
    const kind = headers['content-type'] ?? 'unknown type';
    // A PDF or other document: reachable is all the watch can say without reading its format.
    return page.quotes.length
      ? { ...base, state: 'needs-browser', detail: `${kind}: quotes not checked`, missingQuotes: [] }
      : { ...base, state: 'found', detail: `${kind}: reachable` };
  }
  if (page.quotes.length && missingQuotes.length === 0) return { ...base, state: 'found', detail: quoteNote };
  if (!rendered)
    return {
      ...base,
      state: 'needs-browser',
      detail:
        text.length < MIN_TEXT_CHARS
          ? `${text.length} characters of text`
          : `title not in the text (${text.length} characters)`,
      missingQuotes,
    };
  if (missingQuotes.length)
    return { ...base, state: 'missing', detail: `${quoteNote}; missing: ${missingQuotes.join(', ')}`, missingQuotes };
  return { ...base, state: 'found', detail: quoteNote || 'reachable, title on the page' };
}
