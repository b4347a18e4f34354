// The edition a page belongs to: its pages carry their base on <html data-base> ("/zh-tw"; none in
// the default edition), so browser code builds every site path through this.

/** `path` ("/carriers/") in the reader's edition: "/zh-tw/carriers/" on a page of the Taiwan edition. */
export const sitePath = (path: string) => (document.documentElement.dataset.base ?? '') + path;
