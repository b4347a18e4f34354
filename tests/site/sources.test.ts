// What the sources list tells a reader about each page: third party or not, and how it was read.
import { describe, expect, it } from 'vitest';
import { page } from './dist.ts';
import { parseGuide, readEntries, readSourceRegistry } from '../../src/lib/content/load-fs.ts';
import { COLLECTIONS } from '../../src/schemas/index.ts';
import { indirectReadLabel } from '../../src/lib/guide/sources.ts';
import { CONTENT_ROOT } from '../../site.config.mjs';
import { t, words } from '../words.ts';

const registry = readSourceRegistry(CONTENT_ROOT);
const guides = readEntries(CONTENT_ROOT).map((e) => ({
  path: `/${COLLECTIONS[e.collection].dir}/${e.slug}/`,
  sources: parseGuide(e, registry).sources,
}));

describe.each(guides.map((g) => [g.path, g] as const))('sources of %s', (path, g) => {
  it('marks every third-party page, and only those, and says when a page was read from an archive or a copy', () => {
    const items = page(path).$('section.sources ol > li');
    expect(items).toHaveLength(g.sources.length);
    g.sources.forEach((source, i) => {
      const text = items.eq(i).text();
      expect(
        items
          .eq(i)
          .find('.badge')
          .filter((_, b) => page(path).$(b).text() === words.source.thirdParty).length,
        source.id,
      ).toBe(source.official ? 0 : 1);
      const how = indirectReadLabel(source);
      if (how) expect(text, source.id).toContain(how);
    });
  });
});

describe('audited labels, as a reader sees them', () => {
  it('T-Mobile Prepaid says any user of a prepaid line can have Port Out Protection removed', () => {
    const text = page('/carriers/t-mobile-prepaid/').$('main').text();
    expect(text).toContain('预付费账户上任何一条线的用户都可以联系 T-Mobile 去掉它');
    expect(text).not.toContain('只有主账户持有人能关');
  });
  it('no longer calls the Login.gov pull request official anywhere', () => {
    for (const path of [
      '/carriers/google-voice/',
      '/topics/virtual-numbers/',
      '/topics/two-factor/',
      '/topics/leaving-us/',
    ]) {
      const li = page(path)
        .$('section.sources li')
        .filter(
          (_, el) =>
            page(path).$(el).find('a[href="https://www.login.gov/help/verify-your-identity/phone-number/"]').length > 0,
        );
      expect(li.text(), path).toContain(words.source.thirdParty);
      expect(li.text(), path).toContain(
        `${t('source.viaHost', { host: 'github.com' }).trim()}${words.source.maybeAltered}`,
      );
    }
  });
});
