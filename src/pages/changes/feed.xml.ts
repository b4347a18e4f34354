// /changes/feed.xml: the change log as RSS 2.0 (@astrojs/rss), so readers can follow policy changes.
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { allGuides } from '../../lib/guide/guides.ts';
import { changeLog } from '../../lib/guide/changes.ts';
import { SITE_NAME } from '../../i18n/index.ts';
import { LANG, t, words } from '../../i18n/index.ts';

export async function GET(context: APIContext) {
  const log = changeLog(await allGuides());
  return rss({
    title: t('feed.title', { site: SITE_NAME }),
    description: words.feed.description,
    site: context.site!,
    items: log.map((c) => ({
      title: c.title,
      description: c.text,
      link: `/changes/#${c.id}`,
      pubDate: c.date,
    })),
    customData: `<language>${LANG}</language>`,
    trailingSlash: false,
  });
}
