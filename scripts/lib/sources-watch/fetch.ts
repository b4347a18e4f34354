// Polite fetching for the source watch: at most `perHost` requests in flight to one host, a pause between
// request starts to one host, a timeout on every attempt, and bounded retries with growing waits.
import pLimit, { type LimitFunction } from 'p-limit';
import pRetry from 'p-retry';

export interface FetchOptions {
  /** Sent with every request: names the site and how to reach its maintainers. */
  userAgent: string;
  /** One attempt, headers and body together. */
  timeoutMs: number;
  /** Attempts after the first, for a timeout, a dropped connection or a 5xx answer. */
  retries: number;
  /** Wait before the first retry; each later one waits twice as long (with jitter). */
  retryMinMs: number;
  /** Least time between two request starts to one host. */
  pauseMs: number;
  perHost: number;
  /** Requests in flight overall. */
  concurrency: number;
  /** Bytes of a body read at most; the rest is not downloaded. */
  maxBytes: number;
  maxRedirects: number;
}

export const DEFAULT_FETCH_OPTIONS: Omit<FetchOptions, 'userAgent'> = {
  timeoutMs: 20_000,
  retries: 2,
  retryMinMs: 2_000,
  pauseMs: 2_000,
  perHost: 2,
  concurrency: 8,
  maxBytes: 5_000_000,
  maxRedirects: 10,
};

export type FetchOutcome =
  | {
      kind: 'response';
      status: number;
      /** Every address answered with a redirect, in order, before `finalUrl`. */
      redirects: string[];
      finalUrl: string;
      headers: Record<string, string>;
      body: string;
      attempts: number;
    }
  | {
      kind: 'error';
      /** ENOTFOUND, ECONNREFUSED, TIMEOUT, TOO_MANY_REDIRECTS, … */
      code: string;
      message: string;
      attempts: number;
    };

type Response = Extract<FetchOutcome, { kind: 'response' }>;

/** Errors no retry can mend: the host name does not exist, the address is malformed. */
const FINAL_ERRORS = new Set(['ENOTFOUND', 'ERR_INVALID_URL', 'TOO_MANY_REDIRECTS', 'UNSUPPORTED_PROTOCOL']);
const RETRY_STATUSES = new Set([408, 500, 502, 503, 504]);

class StatusError extends Error {
  readonly response: Response;
  constructor(response: Response) {
    super(`HTTP ${response.status}`);
    this.response = response;
  }
}
class CodedError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.code = code;
  }
}

type Cause = { code?: string; message?: string; errors?: { code?: string; message?: string }[]; name?: string };

/** What went wrong, in the system's words: `fetch failed` hides it in `cause`. */
function errorMessage(error: unknown): string {
  const cause = (error as { cause?: Cause })?.cause;
  return cause?.message || cause?.errors?.[0]?.message || (error instanceof Error ? error.message : String(error));
}

/** The system error code behind a failed fetch (`fetch failed` hides it in `cause`). */
export function errorCode(error: unknown): string {
  if (error instanceof CodedError) return error.code;
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'TIMEOUT';
  const cause = (error as { cause?: Cause })?.cause;
  if (cause?.name === 'TimeoutError') return 'TIMEOUT';
  return cause?.code ?? cause?.errors?.[0]?.code ?? (error as { code?: string })?.code ?? 'FETCH_FAILED';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One host's gate: `perHost` at a time, and each start at least `pauseMs` after the one before. */
function hostGate(perHost: number, pauseMs: number) {
  const limit = pLimit(perHost);
  let nextStart = 0;
  return <T>(task: () => Promise<T>) =>
    limit(async () => {
      const now = Date.now();
      const start = Math.max(now, nextStart);
      nextStart = start + pauseMs;
      if (start > now) await sleep(start - now);
      return task();
    });
}

async function readBody(response: globalThis.Response, maxBytes: number): Promise<string> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  if (!reader) return '';
  while (size < maxBytes) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  await reader.cancel().catch(() => {});
  const bytes = Buffer.concat(chunks).subarray(0, maxBytes);
  const charset = /charset=([\w-]+)/i.exec(response.headers.get('content-type') ?? '')?.[1];
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/**
 * A fetcher for many pages: `get(url)` resolves to what the server answered (following redirects itself so the
 * chain is known) or to the error that stopped it after the retries. It never rejects.
 */
export function createFetcher(options: FetchOptions): (url: string) => Promise<FetchOutcome> {
  const overall: LimitFunction = pLimit(options.concurrency);
  const gates = new Map<string, ReturnType<typeof hostGate>>();
  const gateOf = (host: string) => {
    const gate = gates.get(host) ?? hostGate(options.perHost, options.pauseMs);
    gates.set(host, gate);
    return gate;
  };
  const headers = {
    'user-agent': options.userAgent,
    accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8',
    'accept-language': 'en-US,en;q=0.9',
  };

  /** One attempt: the request and every redirect after it, under one timeout. */
  async function attempt(url: string, attempts: number): Promise<Response> {
    const signal = AbortSignal.timeout(options.timeoutMs);
    const redirects: string[] = [];
    let current = url;
    for (;;) {
      const response = await fetch(current, { headers, redirect: 'manual', signal });
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        await response.body?.cancel().catch(() => {});
        if (redirects.length >= options.maxRedirects)
          throw new CodedError('TOO_MANY_REDIRECTS', `more than ${options.maxRedirects} redirects`);
        redirects.push(current);
        current = new URL(location, current).href;
        if (!/^https?:$/.test(new URL(current).protocol))
          throw new CodedError('UNSUPPORTED_PROTOCOL', `redirected to ${current}`);
        continue;
      }
      const body = await readBody(response, options.maxBytes);
      return {
        kind: 'response',
        status: response.status,
        redirects,
        finalUrl: current,
        headers: Object.fromEntries(response.headers),
        body,
        attempts,
      };
    }
  }

  return async (url) => {
    let attempts = 0;
    const gate = gateOf(URL.canParse(url) ? new URL(url).host : url);
    try {
      return await pRetry(
        async () => {
          attempts++;
          const response = await overall(() => gate(() => attempt(url, attempts)));
          if (RETRY_STATUSES.has(response.status) && !response.headers['cf-mitigated']) throw new StatusError(response);
          return response;
        },
        {
          retries: options.retries,
          minTimeout: options.retryMinMs,
          factor: 2,
          randomize: true,
          shouldRetry: ({ error }) => !FINAL_ERRORS.has(errorCode(error)),
        },
      );
    } catch (error) {
      if (error instanceof StatusError) return { ...error.response, attempts };
      const code = errorCode(error);
      const message = code === 'TIMEOUT' ? `no answer within ${options.timeoutMs / 1000} s` : errorMessage(error);
      return { kind: 'error', code, message, attempts };
    }
  };
}
