// Shared links to a guide section or step keep working: every published anchor still exists,
// or has a redirect note pointing at an anchor that does.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { anchorPages, foundAnchors } from './dist.ts';
import { missingAnchors, PUBLISHED_ANCHORS_FILE, type AnchorRegistry } from '../../src/lib/host/anchors.ts';

const published: AnchorRegistry = JSON.parse(readFileSync(PUBLISHED_ANCHORS_FILE, 'utf8'));
const redirects: Record<string, string> = JSON.parse(readFileSync('config/anchor-redirects.json', 'utf8')).redirects;
const found: AnchorRegistry = foundAnchors();

describe('published anchors', () => {
  it('every published anchor exists or has a redirect note', () => {
    expect(
      missingAnchors(published, found, redirects),
      'run `npm run anchors:publish` only for new anchors; a removed one needs an entry in config/anchor-redirects.json',
    ).toEqual([]);
  });
  it('every redirect note points at an anchor that exists', () => {
    for (const target of Object.values(redirects)) {
      const [path, id] = target.split('#') as [string, string];
      expect(found[path], target).toContain(id);
    }
  });
  it('every page whose route says anchors: true has published anchors (run `npm run anchors:publish` after adding a guide)', () => {
    const unpublished = anchorPages()
      .map((p) => p.path)
      .filter((path) => !published[path]);
    expect(unpublished).toEqual([]);
    expect(anchorPages().map((p) => p.path)).toEqual(
      expect.arrayContaining(['/deadline/', '/changes/', '/carriers/att/']),
    );
  });
  it('ids on a page are unique', () => {
    for (const p of anchorPages()) {
      const ids = p
        .$('[id]')
        .map((_, e) => p.$(e).attr('id'))
        .get();
      expect(
        ids.filter((id, i) => ids.indexOf(id) !== i),
        p.path,
      ).toEqual([]);
    }
  });
  it('the registry file exists', () => {
    expect(existsSync(PUBLISHED_ANCHORS_FILE)).toBe(true);
  });
});
