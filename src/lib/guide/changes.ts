// This site's own edits to its guides (`changes` in frontmatter): the newest per guide, and the
// site-wide log on /changes/ and in /changes/feed.xml, newest first.
import type { Change } from '../../schemas/index.ts';
import { isoDay } from '../site.ts';

/** The newest change of one guide, or undefined when it lists none. */
export function latestChange(changes: readonly Change[]): Change | undefined {
  return [...changes].sort((a, b) => b.date.getTime() - a.date.getTime())[0];
}

export interface LoggedChange extends Change {
  /** Root-relative guide path, e.g. /carriers/t-mobile/. */
  path: string;
  title: string;
  /** Anchor of this entry on /changes/: "<slug>-<YYYY-MM-DD>", with "-2", "-3" for more on one day. */
  id: string;
}

/**
 * Every guide's changes in one list, newest first (ties: by guide path, then as written).
 * `guides` are [path, title, slug, changes]; the ids are stable as long as entries are not reordered.
 */
export function changeLog(
  guides: readonly { path: string; title: string; slug: string; changes: readonly Change[] }[],
): LoggedChange[] {
  const out: LoggedChange[] = [];
  for (const g of guides) {
    const perDay = new Map<string, number>();
    for (const change of g.changes) {
      const day = isoDay(change.date);
      const n = (perDay.get(day) ?? 0) + 1;
      perDay.set(day, n);
      out.push({ ...change, path: g.path, title: g.title, id: `${g.slug}-${day}${n > 1 ? `-${n}` : ''}` });
    }
  }
  return out.sort((a, b) => b.date.getTime() - a.date.getTime() || a.path.localeCompare(b.path));
}
