// Site-wide words and URL helpers, shared by every page.
export const SITE_NAME = '美国手机卡注销指南';
export const SITE_TAGLINE = '按运营商、按卡类型，讲清楚怎么注销美国手机号，或者怎么把号码留下。每条事实都有来源。';

export const carrierPath = (slug: string) => `/carriers/${slug}/`;
export const cardTypePath = (slug: string) => `/card-types/${slug}/`;
export const topicPath = (slug: string) => `/topics/${slug}/`;

/** "2026-11-23" in the reader's calendar, stable across time zones. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function formatDateZh(date: Date): string {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/** True when the guide is older than its review window on `today`. */
export function isStale(reviewed: Date, windowDays: number, today: Date): boolean {
  return today.getTime() - reviewed.getTime() > windowDays * 86_400_000;
}

/**
 * A "纠错" link that carries the page and section to the one place corrections go. The subject is
 * just the path and anchor, left readable: every section's link is part of the page's weight.
 */
export function reportHref(reportUrl: string, path: string, anchor: string): string {
  const subject = `${path}%23${anchor}`;
  return `${reportUrl}${reportUrl.includes('?') ? '&' : '?'}${reportUrl.startsWith('mailto:') ? 'subject' : 'title'}=${subject}`;
}

/** The preview image of a guide ("carriers/att"), or of the site as a whole. */
export const ogImagePath = (key = 'site') => `/og/${key}.png`;

/** Breadcrumbs from the home page down to a guide, with absolute URLs. */
export function breadcrumbs(
  site: URL | string,
  trail: [name: string, path: string][],
): { name: string; url: string }[] {
  return [[SITE_NAME, '/'] as [string, string], ...trail].map(([name, path]) => ({
    name,
    url: new URL(path, site).href,
  }));
}
