import { describe, expect, it } from 'vitest';
import { isShareableAnchor, mergeAnchors, missingAnchors } from '../../src/lib/host/anchors.ts';
import { redirectsFor } from '../../src/lib/host/redirects.ts';

describe('anchor registry', () => {
  it('adds new anchors and never drops published ones', () => {
    expect(mergeAnchors({ '/a/': ['x', 'y'] }, { '/a/': ['y', 'z'], '/b/': ['q'] })).toEqual({
      '/a/': ['x', 'y', 'z'],
      '/b/': ['q'],
    });
  });
  it('reports a removed anchor unless a redirect note covers it', () => {
    expect(missingAnchors({ '/a/': ['x', 'y'] }, { '/a/': ['y'] }, {})).toEqual(['/a/#x']);
    expect(missingAnchors({ '/a/': ['x'] }, { '/a/': ['y'] }, { '/a/#x': '/a/#y' })).toEqual([]);
    expect(missingAnchors({ '/gone/': ['x'] }, {}, {})).toEqual(['/gone/#x']);
  });
  it('leaves numbered source entries out', () => {
    expect(isShareableAnchor('src-fcc')).toBe(false);
    expect(isShareableAnchor('get-transfer-pin')).toBe(true);
  });
});

describe('redirects', () => {
  it('makes a short link for each short name and one page for each renamed path', () => {
    expect(
      redirectsFor([{ slug: 't-mobile', shortNames: ['tmobile', 'tmo'] }], { '/carriers/old/': '/carriers/new/' }),
    ).toEqual([
      { from: 'tmobile', to: '/carriers/t-mobile/' },
      { from: 'tmo', to: '/carriers/t-mobile/' },
      { from: 'carriers/old', to: '/carriers/new/' },
    ]);
  });
});
