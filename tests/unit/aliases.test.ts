import { describe, expect, it } from 'vitest';
import { expandAliases, normalizeAlias, spellingVariants } from '../../src/lib/search/aliases.ts';
import { metaValue, nameMeta } from '../../src/lib/search/meta.ts';

describe('aliases', () => {
  it('treats spellings with spaces, hyphens, dots and & as one name', () => {
    expect(normalizeAlias('AT&T')).toBe(normalizeAlias('at t'));
    expect(normalizeAlias('T-Mobile')).toBe(normalizeAlias('t mobile'));
    expect(normalizeAlias('Ｔ－Ｍｏｂｉｌｅ')).toBe('tmobile');
    expect(normalizeAlias('Verizon')).not.toBe(normalizeAlias('Visible'));
  });
  it('spells AT&T every way readers type it', () => {
    expect(spellingVariants('AT&T')).toEqual(expect.arrayContaining(['at&t', 'at and t', 'at t', 'att']));
  });
  it('joins spaced names, which Pagefind cannot do by itself', () => {
    expect(spellingVariants('Lyca Mobile')).toEqual(['lyca mobile', 'lycamobile']);
    expect(spellingVariants('T-Mobile')).toEqual(['t-mobile']); // Pagefind indexes tmobile, t and mobile from it
  });
  it('de-duplicates across names and keeps Chinese names as they are', () => {
    const words = expandAliases(['Verizon', 'verizon', '威瑞森']);
    expect(words.filter((w) => w === 'verizon')).toHaveLength(1);
    expect(words).toContain('威瑞森');
  });
  it('writes every spelling of every name into the name meta', () => {
    expect(nameMeta(['T-Mobile', 'T Mobile', 'Sprint'])).toBe('t-mobile t mobile tmobile sprint');
  });
  it('keeps commas and colons out of Pagefind meta values', () => {
    expect(metaValue(['a,b', 'c:d', ' '])).toBe('a b c d');
  });
});
