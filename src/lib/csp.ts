// The Content-Security-Policy of every page: only this site's own files. Nothing is inlined
// (astro.config.mjs), so no hashes are needed; Pagefind compiles WebAssembly, hence 'wasm-unsafe-eval'.
export const CSP = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
