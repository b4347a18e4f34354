// Every guide of the site with its URL and title, for site-wide lists (the change log and its feed).
import { getCollection } from 'astro:content';
import { carrierPath, cardTypePath, topicPath } from '../site.ts';
import type { Change } from '../../schemas/index.ts';

export interface GuideListing {
  slug: string;
  path: string;
  title: string;
  changes: readonly Change[];
}

/** Carriers, card types and topics, each with its root-relative path. */
export async function allGuides(): Promise<GuideListing[]> {
  const [carriers, cardTypes, topics] = await Promise.all([
    getCollection('carriers'),
    getCollection('cardTypes'),
    getCollection('topics'),
  ]);
  return [
    ...carriers.map((e) => ({ slug: e.id, path: carrierPath(e.id), title: e.data.title, changes: e.data.changes })),
    ...cardTypes.map((e) => ({
      slug: `card-types-${e.id}`,
      path: cardTypePath(e.id),
      title: e.data.title,
      changes: e.data.changes,
    })),
    ...topics.map((e) => ({
      slug: `topics-${e.id}`,
      path: topicPath(e.id),
      title: e.data.title,
      changes: e.data.changes,
    })),
  ];
}
