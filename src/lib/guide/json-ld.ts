// Structured data for a guide: where it sits (BreadcrumbList) and what it is (Article).
import { LANG, SITE_NAME } from '../../i18n/index.ts';

export interface Crumb {
  name: string;
  url: string;
}

export function guideJsonLd(o: { title: string; url: string; reviewed: Date; image?: string; crumbs: Crumb[] }) {
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'BreadcrumbList',
        itemListElement: o.crumbs.map((c, i) => ({ '@type': 'ListItem', position: i + 1, name: c.name, item: c.url })),
      },
      {
        '@type': 'Article',
        headline: o.title,
        inLanguage: LANG,
        mainEntityOfPage: o.url,
        dateModified: o.reviewed.toISOString().slice(0, 10),
      },
    ],
  };
}

/** JSON for a <script> element: "<" escaped so no text can close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

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
