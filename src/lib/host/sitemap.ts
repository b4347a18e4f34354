// The sitemap lists real pages only: no 404, and no short-link or redirect pages
// (every real page lives at the home page or under one of these sections).
const SECTIONS = ['carriers', 'card-types', 'topics', 'search', 'about', 'compare', 'start', 'questions'];

export function isSitemapPage(url: string): boolean {
  const path = new URL(url).pathname;
  const first = path.split('/')[1] ?? '';
  // A carrier's printable phone script repeats part of its guide.
  return (first === '' || SECTIONS.includes(first)) && !path.endsWith('/script/');
}
