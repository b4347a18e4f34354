// How Pagefind runs and ranks results in the search UI.
// metaWeights add a boost after the body score: a guide's own names (`name`) outrank pages that only
// mention it, and parent/network names (`related`) count least.
// noWorker: search on the page's own thread. The worker script is a second copy of the engine
// (12 kB gzip on the first query), and searching this small index takes milliseconds either way.
export const PAGEFIND_OPTIONS = {
  excerptLength: 24,
  noWorker: true,
  ranking: {
    metaWeights: { name: 20, title: 5, related: 0.5 },
  },
} as const;
