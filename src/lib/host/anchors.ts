// Published anchors: every id a shared link may point at. Once published an id must stay, or
// be listed in config/anchor-redirects.json with the anchor that replaced it.
export type AnchorRegistry = Record<string, string[]>;

/** Every anchor ever published, by page path; `npm run anchors:publish` adds to it. */
export const PUBLISHED_ANCHORS_FILE = 'config/published-anchors.json';

/** Ids worth keeping stable: not the numbered source entries, which follow the source list. */
export const isShareableAnchor = (id: string) => !id.startsWith('src-');

/** Add the anchors found now to what was published before; nothing is ever removed. */
export function mergeAnchors(published: AnchorRegistry, found: AnchorRegistry): AnchorRegistry {
  const merged: AnchorRegistry = {};
  for (const path of [...new Set([...Object.keys(published), ...Object.keys(found)])].sort()) {
    merged[path] = [...new Set([...(published[path] ?? []), ...(found[path] ?? [])])].sort();
  }
  return merged;
}

/** Published anchors that no longer exist and have no redirect note: each is a broken shared link. */
export function missingAnchors(
  published: AnchorRegistry,
  found: AnchorRegistry,
  redirects: Record<string, string>,
): string[] {
  return Object.entries(published).flatMap(([path, ids]) =>
    ids.filter((id) => !found[path]?.includes(id) && !redirects[`${path}#${id}`]).map((id) => `${path}#${id}`),
  );
}
