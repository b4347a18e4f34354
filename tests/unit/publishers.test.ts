// Which pages are whose: host + path prefix patterns, exclusions, and who counts for which guide.
import { describe, expect, it } from 'vitest';
import { countsFor, labelPurposes, pageKey, pageOwner, patternMatch } from '../../src/lib/content/publishers.ts';
import { publisherRegistrySchema } from '../../src/schemas/index.ts';

const registry = publisherRegistrySchema.parse({
  publishers: [
    {
      id: 'google-fi',
      name: 'Google Fi',
      kind: 'carrier',
      pages: ['fi.google.com', 'support.google.com/fi'],
      guides: ['google-fi'],
    },
    {
      id: 'google-voice',
      name: 'Google Voice',
      kind: 'carrier',
      pages: ['support.google.com/voice'],
      guides: ['google-voice'],
    },
    { id: 'google', name: 'Google', kind: 'service', pages: ['google.com'] },
    {
      id: 't-mobile',
      name: 'T-Mobile',
      kind: 'carrier',
      pages: ['t-mobile.com'],
      guides: ['t-mobile', { guide: 'us-cellular', since: '2025-08-01' }],
    },
    { id: 'astropay', name: 'AstroPay', kind: 'service', pages: ['intercom.help/astropay-hc'] },
    { id: 'fcc', name: 'FCC', kind: 'regulator', pages: ['fcc.gov'] },
  ],
  notPublisher: [
    { page: 'community.t-mobile.com', why: 'forum' },
    { page: 'support.google.com/*/thread', why: 'forum' },
    { page: 'web.archive.org', why: 'archive' },
  ],
});
const owner = (url: string) => {
  const o = pageOwner(url, registry);
  return o.kind === 'publisher' ? o.publisher.id : o.kind === 'not-publisher' ? `not:${o.why}` : 'unregistered';
};

describe('page patterns', () => {
  it('tells Google Fi and Google Voice apart on the same host, by whole path segments', () => {
    expect(owner('https://support.google.com/fi/answer/6079398')).toBe('google-fi');
    expect(owner('https://support.google.com/voice/answer/1065667?hl=en')).toBe('google-voice');
    expect(owner('https://support.google.com/fiber/answer/1')).toBe('google');
    expect(patternMatch('support.google.com/fi', 'https://support.google.com/fiber')).toBe(0);
  });
  it('matches subdomains and ignores www., but not look-alike hosts', () => {
    expect(owner('https://es.t-mobile.com/support/x')).toBe('t-mobile');
    expect(owner('https://www.t-mobile.com/support/x')).toBe('t-mobile');
    expect(owner('https://t-mobile.com.evil.example/support')).toBe('unregistered');
    expect(owner('https://not-t-mobile.com/')).toBe('unregistered');
  });
  it('matches a company on a shared help host by its path', () => {
    expect(owner('https://intercom.help/astropay-hc/en/articles/1')).toBe('astropay');
    expect(owner('https://intercom.help/someone-else/en/articles/1')).toBe('unregistered');
  });
  it("puts forums and archives before any publisher, including on the carrier's own domain", () => {
    expect(owner('https://community.t-mobile.com/accounts-services-4/x')).toBe('not:forum');
    expect(owner('https://support.google.com/voice/thread/123')).toBe('not:forum');
    expect(owner('https://support.google.com/voice/answer/123')).toBe('google-voice');
    expect(owner('https://web.archive.org/web/2019/https://www.fcc.gov/x')).toBe('not:archive');
  });
});

describe('who counts for a guide', () => {
  const get = (id: string) => registry.publishers.find((p) => p.id === id)!;
  const day = (s: string) => new Date(`${s}T00:00:00Z`);
  it('counts a regulator everywhere, and any registered publisher in a topic guide', () => {
    expect(countsFor(get('fcc'), { collection: 'carriers', slug: 'visible' }, day('2026-01-01'))).toBe(true);
    expect(countsFor(get('astropay'), { collection: 'topics', slug: 'two-factor' }, day('2026-01-01'))).toBe(true);
  });
  it('counts a publisher in a carrier guide only when it lists that guide, from its `since` day', () => {
    expect(countsFor(get('astropay'), { collection: 'carriers', slug: 'airalo' }, day('2026-01-01'))).toBe(false);
    expect(countsFor(get('google-voice'), { collection: 'carriers', slug: 'google-fi' }, day('2026-01-01'))).toBe(
      false,
    );
    expect(countsFor(get('t-mobile'), { collection: 'carriers', slug: 'us-cellular' }, day('2025-07-31'))).toBe(false);
    expect(countsFor(get('t-mobile'), { collection: 'carriers', slug: 'us-cellular' }, day('2025-08-01'))).toBe(true);
  });
});

describe('one page, however written', () => {
  it('ignores the case of the host, www., a trailing slash, the fragment and http vs https', () => {
    expect(pageKey('http://WWW.Example.com/Help/#top')).toBe(pageKey('https://example.com/Help'));
    expect(pageKey('https://example.com/a?x=1')).not.toBe(pageKey('https://example.com/a'));
  });
});

describe('label purposes', () => {
  it('finds the purposes a phone label names, in Chinese or English', () => {
    expect(labelPurposes('T-Mobile 预付费充值中心')).toEqual(['prepaid']);
    expect(labelPurposes('Verizon 客服（月付和商务账户）')).toEqual(['postpaid', 'business']);
    expect(labelPurposes('境外来电客服（International Callers）')).toEqual(['abroad']);
    expect(labelPurposes('T-Mobile 客服')).toEqual([]);
  });
});
