// Resolving a guide's citations against the source registry: the entry, with what the guide says differently on top.
import { describe, expect, it } from 'vitest';
import { citationSchema, sourceEntrySchema } from '../../src/schemas/index.ts';
import { resolveCitation, resolveSources, sourceRegistry, withSources } from '../../src/lib/content/sources.ts';

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const registry = sourceRegistry(
  [
    {
      id: 'fcc-porting',
      url: 'https://www.fcc.gov/porting',
      title: 'Porting',
      publisher: 'FCC',
      official: true,
      checked: '2026-11-30',
      note: 'Regulator page.',
    },
    {
      id: 'fcc-porting-2013',
      versionOf: 'fcc-porting',
      url: 'https://www.fcc.gov/porting',
      title: 'Porting',
      publisher: 'FCC',
      official: true,
      checked: '2026-11-23',
      captured: '2013-01-28',
    },
  ].map((e) => sourceEntrySchema.parse(e)),
);
const cite = (c: unknown) => citationSchema.parse(c);

describe('citations', () => {
  it('reads a bare id as a citation with nothing of its own', () => {
    expect(cite('fcc-porting')).toEqual({ id: 'fcc-porting' });
  });
  it('keeps room for quotes: a source id has no "#" (a fact will cite "source#quote")', () => {
    expect(citationSchema.safeParse('fcc-porting#q1').success).toBe(false);
  });
});

describe('resolveCitation', () => {
  it('gives the registry entry under its id, in the field order of a guide source, without versionOf', () => {
    const source = resolveCitation(cite('fcc-porting-2013'), registry)!;
    expect(Object.keys(source)).toEqual(['id', 'title', 'publisher', 'official', 'checked', 'captured', 'url']);
    expect(source.captured).toEqual(day('2013-01-28'));
  });
  it("puts the guide's own fields on top: its checked day, a partial read, a note, its own label", () => {
    const source = resolveCitation(
      cite({ id: 'fcc-porting', checked: '2026-11-23', read: 'partial', note: 'Only the top.', official: false }),
      registry,
    )!;
    expect(source).toEqual({
      id: 'fcc-porting',
      title: 'Porting',
      publisher: 'FCC',
      official: false,
      checked: day('2026-11-23'),
      note: 'Only the top.',
      url: 'https://www.fcc.gov/porting',
      read: 'partial',
    });
    expect(resolveCitation(cite('fcc-porting'), registry)!.checked).toEqual(day('2026-11-30'));
  });
  it('is undefined for an id the registry does not have', () => {
    expect(resolveCitation(cite('nowhere'), registry)).toBeUndefined();
  });
});

describe('resolveSources and withSources', () => {
  it("keep the guide's order and throw naming an unknown id", () => {
    expect(resolveSources([cite('fcc-porting-2013'), cite('fcc-porting')], registry).map((s) => s.id)).toEqual([
      'fcc-porting-2013',
      'fcc-porting',
    ]);
    expect(() => resolveSources([cite('nowhere')], registry)).toThrow(/"nowhere" is not in content\/sources\.yaml/);
  });
  it("replace a guide's citations and leave its other fields as they are", () => {
    const data = { title: 'x', sources: [cite('fcc-porting')] };
    const resolved = withSources(data, registry);
    expect(resolved.title).toBe('x');
    expect(resolved.sources[0]!.url).toBe('https://www.fcc.gov/porting');
  });
});
