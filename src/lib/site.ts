// Site-wide URL and date helpers, shared by every page. Browser-safe: the site's name and tagline
// are UI words (src/i18n/index.ts), so this file imports no dictionary.

export const carrierPath = (slug: string) => `/carriers/${slug}/`;
export const cardTypePath = (slug: string) => `/card-types/${slug}/`;
export const topicPath = (slug: string) => `/topics/${slug}/`;

/** "2026-11-23" in the reader's calendar, stable across time zones. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** True when the guide is older than its review window on `today`. */
export function isStale(reviewed: Date, windowDays: number, today: Date): boolean {
  return today.getTime() - reviewed.getTime() > windowDays * 86_400_000;
}

/**
 * A correction link (dictionary key `section.report`) that carries the page and section to the one place corrections go. The subject is
 * just the path and anchor, left readable: every section's link is part of the page's weight.
 */
export function reportHref(reportUrl: string, path: string, anchor: string): string {
  const subject = `${path}%23${anchor}`;
  return `${reportUrl}${reportUrl.includes('?') ? '&' : '?'}${reportUrl.startsWith('mailto:') ? 'subject' : 'title'}=${subject}`;
}

/** The preview image of a guide ("carriers/att"), or of the site as a whole. */
export const ogImagePath = (key = 'site') => `/og/${key}.png`;
