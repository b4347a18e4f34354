// /changes/feed.xml: the change log as RSS 2.0 (@astrojs/rss), so readers can follow policy changes.
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { allGuides } from '../../lib/guide/guides.ts';
import { changeLog } from '../../lib/guide/changes.ts';
import { SITE_NAME } from '../../lib/site.ts';

export async function GET(context: APIContext) {
  const log = changeLog(await allGuides());
  return rss({
    title: `${SITE_NAME}：更新记录`,
    description: '本站指南的每次修改，最新的在前。',
    site: context.site!,
    items: log.map((c) => ({
      title: c.title,
      description: c.text,
      link: `/changes/#${c.id}`,
      pubDate: c.date,
    })),
    customData: '<language>zh-CN</language>',
    trailingSlash: false,
  });
}
