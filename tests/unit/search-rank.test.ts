import { describe, expect, it } from 'vitest';
import { isOwnName, rankByOwnName } from '../../src/lib/search-rank.ts';
import { nameMeta } from '../../src/lib/search-meta.ts';

const page = (url: string, names: string[]) => ({ url, meta: { name: nameMeta(names) } });

describe('own-name ranking', () => {
  const prepaid = page('/carriers/t-mobile-prepaid/', ['T-Mobile Prepaid', 'T-Mobile 3刀']);
  const tmobile = page('/carriers/t-mobile/', ['T-Mobile', 'Sprint', 'tmo']);
  const att = page('/carriers/att/', ['AT&T', 'ATT']);

  it('recognises a guide’s own name however it is typed, in Simplified or Traditional Chinese', () => {
    expect(isOwnName('攜號轉網', nameMeta(['携号转网']))).toBe(true);
    for (const q of ['tmobile', 'T-Mobile', 'T Mobile', 't-mobile', 'TMOBILE', 'sprint']) expect(isOwnName(q, tmobile.meta.name), q).toBe(true);
    for (const q of ['AT&T', 'att', 'at and t', 'at t']) expect(isOwnName(q, att.meta.name), q).toBe(true);
  });
  it('does not treat a longer name, or a name with more words, as an exact own name', () => {
    expect(isOwnName('tmobile', prepaid.meta.name)).toBe(false);
    expect(isOwnName('tmobileprepaid', prepaid.meta.name)).toBe(true);
  });
  it('moves exact own-name matches first and keeps the rest in order', () => {
    expect(rankByOwnName('tmobile', [prepaid, att, tmobile]).map((r) => r.url)).toEqual(['/carriers/t-mobile/', '/carriers/t-mobile-prepaid/', '/carriers/att/']);
    expect(rankByOwnName('nothing', [prepaid, att]).map((r) => r.url)).toEqual(['/carriers/t-mobile-prepaid/', '/carriers/att/']);
  });
});
