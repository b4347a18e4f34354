// How Pagefind ranks results, shared by the search UI and the golden-query tests.
// metaWeights add a boost after the body score: a guide's own names (`name`) outrank pages that only
// mention it, and parent/network names (`related`) count least.
export const PAGEFIND_OPTIONS = {
  excerptLength: 24,
  ranking: {
    metaWeights: { name: 20, title: 5, related: 0.5 },
  },
} as const;
