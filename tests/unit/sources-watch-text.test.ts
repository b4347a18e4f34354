// The normal form quotes are looked for in, and the text of a page.
import { describe, expect, it } from 'vitest';
import { isBotWall, samePage } from '../../scripts/lib/sources-watch/classify.ts';
import { containsNormalized, normalizeText, pageText, titleForms } from '../../scripts/lib/sources-watch/text.ts';

describe('normalizeText', () => {
  it('folds case, curly quotes, dashes, non-breaking spaces, entities and soft hyphens', () => {
    expect(normalizeText('“You’ll  pay\u00A0a\u2011fee” — Thirty\u00ADdays&nbsp;&amp; more')).toBe(
      '"you\'ll pay a-fee" - thirtydays & more',
    );
  });
  it('finds a recorded quote in a page that sets it differently', () => {
    const text = normalizeText(pageText('<p>YOU&rsquo;LL<br>pay <a href="/fees">a $35&nbsp;fee</a> &ndash; once.</p>'));
    expect(containsNormalized(text, "You'll pay a $35 fee - once.")).toBe(true);
    expect(containsNormalized(text, '')).toBe(false);
  });
});

describe('pageText', () => {
  it('keeps visible words only: no scripts, styles or link addresses', () => {
    const text = pageText(
      '<head><title>T</title><style>p{}</style></head><body><script>alert(1)</script><h1>Cancel</h1><a href="https://x.example/">here</a></body>',
    );
    expect(text).not.toMatch(/alert|p\{\}|x\.example/);
    expect(text).toContain('Cancel');
    expect(text).toContain('here');
  });
});

describe('titleForms', () => {
  it('drops the Chinese annotation of a recorded title and keeps the page name of a served one', () => {
    expect(
      titleForms('Cancel service（T-Mobile 支持页，页面标题未记录）', 'Cancel your service | T-Mobile Support'),
    ).toEqual(['Cancel service', 'Cancel your service']);
  });
});

describe('samePage', () => {
  it('is the same page across http/https, www., a trailing slash and a fragment, not across paths', () => {
    expect(samePage('http://example.com/help', 'https://www.example.com/help/#top')).toBe(true);
    expect(samePage('https://example.com/help', 'https://example.com/support')).toBe(false);
    expect(samePage('https://example.com/help?id=1', 'https://example.com/help?id=2')).toBe(false);
  });
});

describe('isBotWall', () => {
  it('knows a challenge page, and not a long page that mentions a captcha in passing', () => {
    expect(isBotWall({}, '<title>Just a moment...</title>', 0)).toBe(true);
    expect(isBotWall({ 'cf-mitigated': 'challenge' }, '', 0)).toBe(true);
    expect(isBotWall({}, 'Please verify you are a human', 5_000)).toBe(false);
  });
});
