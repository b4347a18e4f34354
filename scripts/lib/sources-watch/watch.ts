// One run of the source watch over a list of pages: fetch each once, politely, and classify what came back.
import { classify, type PageCheck } from './classify.ts';
import { createFetcher, type FetchOptions } from './fetch.ts';
import { fetchUrlOf, type WatchPage } from './pages.ts';

const hostOf = (url: string) => (URL.canParse(url) ? new URL(url).host : url);

/**
 * The pages in an order that takes one page from each host in turn, so the requests in flight are spread
 * over hosts while each host's pages wait for its pause.
 */
export function interleaveByHost(pages: readonly WatchPage[]): WatchPage[] {
  const byHost = new Map<string, WatchPage[]>();
  for (const page of pages) {
    const host = hostOf(fetchUrlOf(page));
    byHost.set(host, [...(byHost.get(host) ?? []), page]);
  }
  const queues = [...byHost.values()].sort((a, b) => b.length - a.length);
  const order: WatchPage[] = [];
  for (let i = 0; order.length < pages.length; i++) for (const q of queues) if (q[i]) order.push(q[i]!);
  return order;
}

/** Called as each page is done: how many are done, of how many, and the host just read. */
export type Progress = (done: number, total: number, host: string) => void;

export async function runWatch(
  pages: readonly WatchPage[],
  options: FetchOptions,
  onProgress?: Progress,
): Promise<{ page: WatchPage; check: PageCheck }[]> {
  const get = createFetcher(options);
  let done = 0;
  const order = interleaveByHost(pages);
  const checks = await Promise.all(
    order.map(async (page) => {
      const check = classify(page, await get(fetchUrlOf(page)));
      onProgress?.(++done, order.length, hostOf(fetchUrlOf(page)));
      return { page, check };
    }),
  );
  return checks.sort((a, b) => a.page.url.localeCompare(b.page.url));
}

/**
 * A user agent that says who is asking and how to reach them: the site's address and the corrections address.
 * HTTP headers carry Latin-1 only, so anything else in them is percent-encoded.
 */
export function watchUserAgent(siteUrl: string, contact: string): string {
  const ascii = (s: string) => s.replace(/[^\x20-\x7e]/g, (c) => encodeURIComponent(c));
  return `us-sim-guide-sources-watch/1.0 (+${ascii(siteUrl)}; checks the pages its guides cite, once a week; contact: ${ascii(contact)})`;
}

/**
 * How long a run takes at least, in seconds: every host's pages one pause apart (or, when answers are slower
 * than the pause, `perHost` at a time), and all pages through `concurrency` slots, at `latencyMs` an answer.
 */
export function estimateSeconds(
  pages: readonly WatchPage[],
  options: Pick<FetchOptions, 'pauseMs' | 'perHost' | 'concurrency'>,
  latencyMs: number,
): { seconds: number; pages: number; hosts: number; busiestHost: string; busiestPages: number } {
  const perHost = new Map<string, number>();
  for (const p of pages) perHost.set(hostOf(fetchUrlOf(p)), (perHost.get(hostOf(fetchUrlOf(p))) ?? 0) + 1);
  const [busiestHost = '', busiestPages = 0] = [...perHost].sort((a, b) => b[1] - a[1])[0] ?? [];
  const hostBound = (n: number) => (n - 1) * Math.max(options.pauseMs, latencyMs / options.perHost) + latencyMs;
  const slowestHost = Math.max(0, ...[...perHost.values()].map(hostBound));
  const overall = (pages.length * latencyMs) / options.concurrency;
  return {
    seconds: Math.round(Math.max(slowestHost, overall) / 1000),
    pages: pages.length,
    hosts: perHost.size,
    busiestHost,
    busiestPages,
  };
}
