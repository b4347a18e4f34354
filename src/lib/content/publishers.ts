// Who owns a web page. content/publishers.yaml maps host + path prefix to a publisher, and lists the
// pages that never belong to one (forums, archives, proxies, mirrors). The content check uses it to
// decide whether `official: true` is earned: only the publisher's own page, from a publisher that
// counts for the guide citing it.
import type { PublisherRegistry, Publisher } from '../../schemas/index.ts';

export type { PublisherRegistry, Publisher };

/**
 * A page pattern is `host` or `host/path/prefix`. The host matches itself and its subdomains
 * (`t-mobile.com` matches `es.t-mobile.com`); a leading `www.` of the URL is ignored. The path prefix
 * matches whole segments (`support.google.com/fi` matches `/fi/answer/1` but not `/fiber`); a `*`
 * segment matches any one segment (`support.google.com/* /thread`). Hosts compare case-insensitively,
 * paths case-sensitively.
 */
export interface PagePattern {
  host: string;
  segments: string[];
}

export function parsePattern(pattern: string): PagePattern {
  const [host = '', ...segments] = pattern.split('/');
  return { host: host.toLowerCase().replace(/^www\./, ''), segments: segments.filter(Boolean) };
}

function urlParts(url: string): { host: string; segments: string[] } | undefined {
  if (!URL.canParse(url)) return undefined;
  const u = new URL(url);
  return { host: u.hostname.toLowerCase().replace(/^www\./, ''), segments: u.pathname.split('/').filter(Boolean) };
}

/** How many host labels + path segments of `url` the pattern covers (its specificity), or 0 if it does not match. */
export function patternMatch(pattern: string, url: string): number {
  const p = parsePattern(pattern);
  const u = urlParts(url);
  if (!u) return 0;
  if (u.host !== p.host && !u.host.endsWith(`.${p.host}`)) return 0;
  if (p.segments.length > u.segments.length) return 0;
  for (const [i, seg] of p.segments.entries()) if (seg !== '*' && seg !== u.segments[i]) return 0;
  return p.host.split('.').length + p.segments.length;
}

export type PageOwner =
  | { kind: 'publisher'; publisher: Publisher; pattern: string }
  | { kind: 'not-publisher'; why: string; pattern: string }
  | { kind: 'unregistered' };

/**
 * Who owns the page at `url`. An exclusion (forum, archive, proxy…) wins over any publisher pattern,
 * so `community.t-mobile.com` is never T-Mobile's own page even though `t-mobile.com` is registered.
 * Among publishers the most specific pattern wins (`support.google.com/voice` over `google.com`).
 */
export function pageOwner(url: string, registry: PublisherRegistry): PageOwner {
  for (const ex of registry.notPublisher) {
    if (patternMatch(ex.page, url)) return { kind: 'not-publisher', why: ex.why, pattern: ex.page };
  }
  let best: { publisher: Publisher; pattern: string; score: number } | undefined;
  for (const publisher of registry.publishers) {
    for (const pattern of publisher.pages) {
      const score = patternMatch(pattern, url);
      if (score > (best?.score ?? 0)) best = { publisher, pattern, score };
    }
  }
  return best ? { kind: 'publisher', publisher: best.publisher, pattern: best.pattern } : { kind: 'unregistered' };
}

/** A guide as the official rule sees it: carrier guides are per carrier, topic and card-type guides are about services. */
export interface GuideId {
  collection: 'carriers' | 'cardTypes' | 'topics';
  slug: string;
}

/**
 * Whether `publisher` speaks officially for `guide`, for a page as of `asOf` (the archived copy's date,
 * else the day it was checked).
 * - a regulator (FCC, FTC, Federal Register…) counts for every guide;
 * - in a topic or card-type guide, any registered publisher counts: the text cites it about its own
 *   service (Google about Google Voice, a bank about its own sign-in codes);
 * - in a carrier guide, only a publisher that lists the guide in `guides` (the carrier itself, its parent,
 *   or a service the guide explains, such as a bank's code rules in a travel-eSIM guide); an entry with
 *   `since` counts only for pages dated on or after that day (T-Mobile for US Cellular from 2025-08-01).
 */
export function countsFor(publisher: Publisher, guide: GuideId, asOf: Date): boolean {
  if (publisher.kind === 'regulator' || guide.collection !== 'carriers') return true;
  return publisher.guides.some((g) =>
    typeof g === 'string' ? g === guide.slug : g.guide === guide.slug && asOf >= g.since,
  );
}

/** The same page however it is written: lower-case host without `www.`, no trailing slash, no #fragment. */
export function pageKey(url: string): string {
  if (!URL.canParse(url)) return url;
  const u = new URL(url);
  const path = u.pathname.replace(/\/+$/, '');
  return `${u.protocol === 'http:' ? 'https:' : u.protocol}//${u.hostname.toLowerCase().replace(/^www\./, '')}${path}${u.search}`;
}

/** Words in a source's note that say the page was read through a copy rather than at its own address. */
export const INDIRECT_READ = /代理|镜像|副本|转载|存档/;

/**
 * Purposes a phone label can name, each with the words that name it. A label that names one makes a claim
 * of its own ("this is the prepaid line") that the number's sources may not make.
 */
export const LABEL_PURPOSES: { purpose: string; words: RegExp }[] = [
  { purpose: 'prepaid', words: /prepaid|pre-paid|预付/i },
  { purpose: 'postpaid', words: /postpaid|post-paid|月付|后付/i },
  { purpose: 'abroad', words: /abroad|international|overseas|国外|境外|海外|国际/i },
  { purpose: 'business', words: /business|商务|企业/i },
];

/** The purposes a phone label names, in LABEL_PURPOSES order: "Prepaid support" → ["prepaid"]. */
export function labelPurposes(label: string): string[] {
  return LABEL_PURPOSES.filter((p) => p.words.test(label)).map((p) => p.purpose);
}
