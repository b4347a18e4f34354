// Quotes in the source registry (`quotes: [{ id, lang, text }]`) and their citation as `source#quote`.
import { describe, expect, it } from 'vitest';
import { validateSources } from '../../src/lib/content/validate.ts';
import { checkRef } from '../../src/lib/content/rules/quote-refs.ts';
import { refSources } from '../../src/lib/content/sources.ts';
import { sourceRefs } from '../../src/schemas/index.ts';

const entry = (quotes: unknown) => ({
  id: 'help',
  url: 'https://example.com/help',
  title: 'Help',
  publisher: 'Example',
  official: true,
  checked: '2026-12-01',
  quotes,
});
const problems = (quotes: unknown) =>
  validateSources('content/sources.yaml', [entry(quotes)], '').problems.map(
    (p) => `${p.file} → ${p.field}: ${p.message}`,
  );

describe('quotes in content/sources.yaml', () => {
  it('accepts { id, lang, text } up to 320 characters', () => {
    expect(
      problems([
        { id: '60-days', lang: 'en', text: 'x'.repeat(320) },
        { id: 'es', lang: 'zh-TW', text: '可以' },
      ]),
    ).toEqual([]);
  });

  it('rejects a quote longer than 320 characters, naming file, field and the limit', () => {
    expect(problems([{ id: 'long', lang: 'en', text: 'x'.repeat(321) }])).toEqual([
      'content/sources.yaml → [0].quotes[0].text: expected a quote of at most 320 characters (a sentence or two), got 321',
    ]);
  });

  it('rejects a language that is not BCP 47, a bad id, a repeated id and a missing field', () => {
    const found = problems([
      { id: 'a', lang: 'English', text: 'Call 611.' },
      { id: 'Bad Id', lang: 'en', text: 'Call 611.' },
      { id: 'a', lang: 'en', text: 'Call 611 again.' },
      { id: 'b', lang: 'en' },
    ]);
    expect(found).toEqual([
      'content/sources.yaml → [0].quotes[0].lang: expected the language of the quote as BCP 47, such as "en", "es", "zh-CN" or "zh-TW", got "English"',
      'content/sources.yaml → [0].quotes[1].id: expected a short lower-case ASCII quote id such as "pin-validity", got "Bad Id"',
      'content/sources.yaml → [0].quotes[3].text: expected the words of the page, verbatim',
    ]);
    expect(
      problems([
        { id: 'a', lang: 'en', text: 'One.' },
        { id: 'a', lang: 'en', text: 'Two.' },
      ]),
    ).toEqual(['content/sources.yaml → [0].quotes[1].id: expected a quote id unique in this source, "a" is repeated']);
  });
});

describe('source#quote citations', () => {
  const sources = [{ id: 'help', quotes: [{ id: 'pin', lang: 'en', text: 'Dial #PORT.' }] }, { id: 'blog' }];
  const check = (ref: string) => {
    const out: string[] = [];
    checkRef(ref, sources, 'portOut.pin.sources[0]', (field, message) => out.push(`${field}: ${message}`));
    return out;
  };

  it('takes a source id, or source#quote for a quote that exists', () => {
    expect(check('help')).toEqual([]);
    expect(check('help#pin')).toEqual([]);
    expect(sourceRefs.safeParse(['help#pin', 'blog']).success).toBe(true);
  });

  it('rejects a #quote the source does not have, naming the field and the quotes it has', () => {
    expect(check('help#fee')).toEqual([
      'portOut.pin.sources[0]: "help#fee" names no quote of "help": expected one of its quotes in content/sources.yaml (pin)',
    ]);
    expect(check('blog#x')).toEqual([
      'portOut.pin.sources[0]: "blog#x" names no quote of "blog": expected one of its quotes in content/sources.yaml (it has none)',
    ]);
    expect(check('nope#pin')).toEqual(['portOut.pin.sources[0]: expected the id of an entry in `sources`, got "nope"']);
    expect(sourceRefs.safeParse(['help#']).success).toBe(false);
    expect(sourceRefs.safeParse(['help#a#b']).success).toBe(false);
  });

  it('counts a source cited with and without quotes once', () => {
    expect(refSources(['help#pin', 'help', 'blog', 'help#fee'])).toEqual(['help', 'blog']);
  });
});
