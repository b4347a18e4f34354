// The Content-Security-Policy of every page: only this site's own files. Nothing is inlined
// (astro.config.mjs), so no hashes are needed; Pagefind compiles WebAssembly, hence 'wasm-unsafe-eval'.
// The <meta> tag in every page and the HTTP header in dist/_headers (host/config.ts) both come from here.

/** Directive name → value, in the order they are written. */
export type CspDirectives = Record<string, string>;

/** The policy every page carries in its <meta http-equiv="Content-Security-Policy">. */
export const CSP_DIRECTIVES: CspDirectives = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

/**
 * Directives a browser ignores in a <meta> policy (CSP Level 3, §"Delivering a policy via the
 * <meta> element": frame-ancestors, report-uri and sandbox), so only the HTTP header can carry them.
 */
export const HEADER_ONLY_DIRECTIVES = ['frame-ancestors', 'report-uri', 'sandbox'] as const;

/** What the HTTP header adds: no site may frame these pages (clickjacking). */
const HEADER_DIRECTIVES: CspDirectives = { ...CSP_DIRECTIVES, 'frame-ancestors': "'none'" };

/** "a b; c d" from { a: 'b', c: 'd' }. */
export function serializeCsp(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/**
 * The directives of a serialized policy, names lower-cased, values with whitespace collapsed.
 * A repeated directive keeps its first value, as browsers do (CSP3 §2.2.1 "parse a serialized CSP").
 */
export function parseCsp(policy: string): CspDirectives {
  const directives: CspDirectives = {};
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (!name) continue;
    directives[name.toLowerCase()] ??= values.join(' ');
  }
  return directives;
}

/** The policy for the <meta> tag. */
export const CSP = serializeCsp(CSP_DIRECTIVES);

/** The same policy as an HTTP header, plus what only a header can say. */
export const CSP_HEADER = serializeCsp(HEADER_DIRECTIVES);
