import { describe, expect, it } from 'vitest';
import { ogSvg, wrapText } from '../../src/lib/guide/og.ts';

describe('preview card', () => {
  it('wraps long titles by width, counting CJK as wide', () => {
    expect(wrapText('T-Mobile 注销指南', 14)).toEqual(['T-Mobile 注销指南']);
    const lines = wrapText('Metro by T-Mobile（MetroPCS）注销与转出指南', 14);
    expect(lines.length).toBe(2);
    expect(lines.join('')).toBe('Metro by T-Mobile（MetroPCS）注销与转出指南'.replace(' （', '（'));
  });
  it('keeps an opening bracket with what it opens', () => {
    const lines = wrapText('Metro by T-Mobile（MetroPCS）注销与转出指南', 14);
    expect(lines[0]!.endsWith('（')).toBe(false);
    expect(lines[1]!.startsWith('（')).toBe(true);
  });
  it('cuts after three lines with an ellipsis', () => {
    const lines = wrapText('长'.repeat(60), 14);
    expect(lines).toHaveLength(3);
    expect(lines[2]!.endsWith('…')).toBe(true);
  });
  it('draws every line in the font it is given, Noto Sans SC unless told', () => {
    const families = (svg: string) => new Set([...svg.matchAll(/font-family="([^"]+)"/g)].map((m) => m[1]));
    const card = { title: '註銷指南', eyebrow: '電信業者', siteName: 'S', host: 'h' };
    expect(families(ogSvg(card))).toEqual(new Set(['Noto Sans SC']));
    expect(families(ogSvg({ ...card, font: 'Noto Sans TC' }))).toEqual(new Set(['Noto Sans TC']));
  });
  it('escapes text for SVG', () => {
    const svg = ogSvg({ title: 'AT&T <注销>', eyebrow: 'a"b', siteName: 'S', host: 'h' });
    expect(svg).toContain('AT&#38;T &#60;注销&#62;');
    expect(svg).not.toContain('<注销>');
  });
});
