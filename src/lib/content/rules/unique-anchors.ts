// Ids are anchors in shared links: unique within a page and never a section the page adds itself.
import type { Report } from './types.ts';

/** `anchors` are [id, field] pairs; `reserved` are the ids of sections the page adds itself. */
export function checkUniqueAnchors(anchors: [string, string][], reserved: Set<string>, report: Report) {
  const seen = new Map<string, string>();
  for (const [id, field] of anchors) {
    if (reserved.has(id)) report(field, `"${id}" is the id of a section the page adds itself; choose another id`);
    else if (seen.has(id))
      report(field, `duplicate id "${id}" (also used at ${seen.get(id)}); every step and heading needs its own id`);
    seen.set(id, field);
  }
}
