// Every guide of the site with its URL and title, for site-wide lists (the change log and its feed).
import { getCollection, type CollectionEntry } from 'astro:content';
import { carrierPath, cardTypePath, topicPath } from '../site.ts';
import type { Change, Source } from '../../schemas/index.ts';
import { sourceRegistry, withSources, type SourceRegistry } from '../content/sources.ts';

export type GuideCollection = 'carriers' | 'cardTypes' | 'topics';
/** A guide entry as pages use it: its citations resolved to sources (src/lib/content/sources.ts). */
export type Guide<C extends GuideCollection> = Omit<CollectionEntry<C>, 'data'> & {
  data: Omit<CollectionEntry<C>['data'], 'sources'> & { sources: Source[] };
};

let registry: Promise<SourceRegistry> | undefined;

/** The source registry (content/sources.yaml), read once per build. */
function sources(): Promise<SourceRegistry> {
  registry ??= getCollection('sources').then((entries) => sourceRegistry(entries.map((e) => e.data)));
  return registry;
}

/** Every guide of a collection with its sources resolved; use this instead of getCollection for guides. */
export async function getGuides<C extends GuideCollection>(collection: C): Promise<Guide<C>[]> {
  const [entries, registry] = await Promise.all([getCollection(collection), sources()]);
  return entries.map((entry) => ({ ...entry, data: withSources(entry.data, registry) }) as Guide<C>);
}

export interface GuideListing {
  slug: string;
  path: string;
  title: string;
  changes: readonly Change[];
}

/** Carriers, card types and topics, each with its root-relative path. */
export async function allGuides(): Promise<GuideListing[]> {
  const [carriers, cardTypes, topics] = await Promise.all([
    getGuides('carriers'),
    getGuides('cardTypes'),
    getGuides('topics'),
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
