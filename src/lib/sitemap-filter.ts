// The sitemap lists real pages only: no 404, and no short-link or redirect pages
// (every real page lives at the home page or under one of these sections).
const SECTIONS = ['carriers', 'card-types', 'topics', 'search', 'about', 'compare', 'start', 'questions'];

export function isSitemapPage(url: string): boolean {
  const first = new URL(url).pathname.split('/')[1] ?? '';
  return first === '' || SECTIONS.includes(first);
}
