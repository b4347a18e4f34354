import { describe, expect, it } from 'vitest';
import { ownNameGuide, toSimplified } from '../../src/lib/search-data.ts';
import { buildSearchData } from '../../src/lib/search-data-build.ts';

const guides = [
  { ref: { url: '/carriers/t-mobile/', title: 'T-Mobile 注销' }, names: ['T-Mobile', 'Sprint', 'tmo'] },
  { ref: { url: '/carriers/t-mobile-prepaid/', title: 'T-Mobile Prepaid 注销' }, names: ['T-Mobile Prepaid', 'T-Mobile 3刀'] },
  { ref: { url: '/carriers/att/', title: 'AT&T 注销' }, names: ['AT&T'] },
  { ref: { url: '/topics/port-out/', title: '携号转网' }, names: ['携号转网', '转网'] },
];
const data = buildSearchData(guides, '携号转网 注销 门号 保号卡');

describe('search data', () => {
  it('finds the guide whose own name the query is, however it is typed', () => {
    for (const q of ['tmobile', 'T-Mobile', 'T Mobile', ' t-mobile ', 'SPRINT']) expect(ownNameGuide(q, data)?.url, q).toBe('/carriers/t-mobile/');
    for (const q of ['AT&T', 'att', 'at and t', 'at t']) expect(ownNameGuide(q, data)?.url, q).toBe('/carriers/att/');
    expect(ownNameGuide('tmobile prepaid', data)?.url).toBe('/carriers/t-mobile-prepaid/');
  });
  it('falls back to the first word of the query that is a guide’s own name', () => {
    expect(ownNameGuide('T-Mobile 转网密码', data)?.url).toBe('/carriers/t-mobile/');
    expect(ownNameGuide('怎么 转网', data)?.url).toBe('/topics/port-out/');
  });
  it('does not match a guide that only shares a word', () => {
    expect(ownNameGuide('prepaid', data)).toBeUndefined();
    expect(ownNameGuide('mobile', data)).toBeUndefined();
  });
  it('turns a Traditional query into the Simplified characters of the index', () => {
    expect(toSimplified('攜號轉網', data.t2s)).toBe('携号转网');
    expect(toSimplified('註銷 門號', data.t2s)).toBe('注销 门号');
    expect(ownNameGuide('攜號轉網', data)?.url).toBe('/topics/port-out/');
    expect(toSimplified('tmobile', data.t2s)).toBe('tmobile');
  });
});
