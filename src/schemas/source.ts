// Sources: every page the guides cite is written once in content/sources.yaml (a registry entry, keyed by a
// global id), and a guide cites it by that id (a citation), adding only what differs for that guide. What the
// pages, the open data and the review use is the resolved source: the entry with the citation's fields on top.
import { z } from 'astro/zod';
import { httpsUrl, isoDate, text } from './primitives.ts';

/**
 * A source's global id: lower-case ASCII words joined by hyphens, naming the page (`fcc-porting`). The `#` is
 * kept out of ids on purpose: a fact will cite one quote of a source as `source#quote`.
 */
export const SOURCE_ID = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
export const sourceId = z.string({ error: 'expected a source id such as "fcc-porting"' }).regex(SOURCE_ID, {
  error: (iss) => `expected a source id from content/sources.yaml such as "fcc-porting", got "${String(iss.input)}"`,
});

/** How a page was read, and what the reader is told about it: the fields a citation may set for its own guide. */
const readingFields = {
  official: z.boolean({ error: 'expected true (the carrier or a regulator) or false (a third party)' }),
  /** The day the page was read (in the registry: the last time anyone read it). */
  checked: isoDate,
  /**
   * An archived snapshot of this same `url` was read, not the live page: the snapshot's date, or
   * `unknown` when the archive did not show it. The page is still the publisher's own, so it may be official.
   */
  captured: z
    .union([isoDate, z.literal('unknown')], {
      error: 'expected the date of the archived copy (YYYY-MM-DD) or "unknown"',
    })
    .optional(),
  /** Date the page itself states (last updated / published), when it shows one. */
  pageDate: z.union([isoDate, text]).optional(),
  note: text.optional(),
  /** `partial`: only part of the page was read (an excerpt, a search snippet); the review report counts these. */
  read: z.enum(['full', 'partial'], { error: 'expected read: full or read: partial' }).optional(),
  /**
   * The copy actually read, when it was on another host (a proxy, mirror or reprint) rather than `url` or an
   * archived snapshot of it (that is `captured`). A copy on another host is never the publisher's own page, so
   * such a source is not official; `unaltered` says whether the copy matches the publisher's page.
   */
  via: z
    .strictObject({
      /** The copy's address; leave it out only when it was not recorded (the note says how the page was read). */
      url: httpsUrl.optional(),
      unaltered: z.boolean({ error: 'expected unaltered: true or false' }),
    })
    .optional(),
};

/** A quote's id, unique within its source: lower-case ASCII words or numbers joined by hyphens (`pin-validity`, `60-days`). */
export const QUOTE_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The longest quote: a sentence or two, never a page. */
export const QUOTE_MAX = 320;

/**
 * What the page says, verbatim, copied from a copy of it that was read: a fact cites one as `source-id#quote-id`
 * and the page shows it beside the fact, under the quote heading of the UI dictionary. `lang` is the quote's language as BCP 47 (`en`, `es`, `zh-CN`).
 */
export const quoteSchema = z.strictObject(
  {
    id: z.string({ error: 'expected a quote id such as "pin-validity"' }).regex(QUOTE_ID, {
      error: (iss) => `expected a short lower-case ASCII quote id such as "pin-validity", got "${String(iss.input)}"`,
    }),
    lang: z
      .string({ error: 'expected the language of the quote as BCP 47, such as "en", "es" or "zh-CN"' })
      .regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|\d{3}))?$/, {
        error: (iss) =>
          `expected the language of the quote as BCP 47, such as "en", "es", "zh-CN" or "zh-TW", got "${String(iss.input)}"`,
      }),
    text: z
      .string({ error: 'expected the words of the page, verbatim' })
      .trim()
      .min(2, { error: 'expected the words of the page, verbatim' })
      .max(QUOTE_MAX, {
        error: (iss) =>
          `expected a quote of at most ${QUOTE_MAX} characters (a sentence or two), got ${String((iss.input as string).length)}`,
      }),
  },
  { error: 'expected a quote: { id, lang, text }' },
);
export type Quote = z.infer<typeof quoteSchema>;

const quotesField = z
  .array(quoteSchema)
  .superRefine((quotes, ctx) => {
    const seen = new Set<string>();
    quotes.forEach((q, i) => {
      if (seen.has(q.id))
        ctx.addIssue({
          code: 'custom',
          path: [i, 'id'],
          message: `expected a quote id unique in this source, "${q.id}" is repeated`,
        });
      seen.add(q.id);
    });
  })
  .optional();

/** The page itself: what every guide citing it sees the same. */
const pageFields = {
  url: z.string({ error: 'expected an https:// URL' }),
  title: text,
  publisher: text,
  /** Set only for a source that exists solely over http; the page marks it as such. */
  httpOnly: z.literal(true).optional(),
  /** What the page says, verbatim, that facts cite as `source-id#quote-id`. */
  quotes: quotesField,
};

function checkProtocol(source: { url: string; httpOnly?: true }, ctx: z.RefinementCtx) {
  const ok = URL.canParse(source.url) && new URL(source.url).protocol === (source.httpOnly ? 'http:' : 'https:');
  if (!ok) {
    ctx.addIssue({
      code: 'custom',
      path: ['url'],
      message: source.httpOnly
        ? `expected an http:// URL (httpOnly is set), got "${source.url}"`
        : `expected an https:// URL, got "${source.url}" (a source that exists only over http needs httpOnly: true)`,
    });
  }
}

/**
 * One entry of content/sources.yaml. `versionOf` names the entry of the same page when this one is another
 * version of it that a guide cites beside it (an older archived copy, a copy read elsewhere).
 */
export const sourceEntrySchema = z
  .strictObject({ id: sourceId, versionOf: sourceId.optional(), ...pageFields, ...readingFields })
  .superRefine(checkProtocol);
export type SourceEntry = z.infer<typeof sourceEntrySchema>;

/**
 * A guide's citation of a registry entry: its id alone, or the id with what differs for this guide (its own
 * `checked` day, a partial read, a note, an archived copy, its own label where the publisher does not speak
 * for this guide). Always read as an object.
 */
export const citationSchema = z.preprocess(
  (value) => (typeof value === 'string' ? { id: value } : value),
  z.strictObject(
    {
      id: sourceId,
      official: readingFields.official.optional(),
      checked: readingFields.checked.optional(),
      captured: readingFields.captured,
      pageDate: readingFields.pageDate,
      note: readingFields.note,
      read: readingFields.read,
      via: readingFields.via,
    },
    {
      error: (iss) =>
        iss.code === 'unrecognized_keys'
          ? `${iss.keys.map((k) => `\`${k}\``).join(', ')} belongs to the page: write it once in content/sources.yaml; a citation adds only what differs for this guide (checked, captured, pageDate, read, note, via, official)`
          : 'expected a source id from content/sources.yaml ("fcc-porting"), or { id, … } with what differs for this guide',
    },
  ),
);
export type Citation = z.infer<typeof citationSchema>;

/**
 * A source as a guide shows it: the registry entry with the citation's fields on top, under the entry's id.
 * Its fields and their order are those a guide's own source list had, so pages and open data keep their shape.
 */
export const sourceSchema = z
  .strictObject({
    id: sourceId,
    title: pageFields.title,
    publisher: pageFields.publisher,
    official: readingFields.official,
    checked: readingFields.checked,
    captured: readingFields.captured,
    pageDate: readingFields.pageDate,
    note: readingFields.note,
    httpOnly: pageFields.httpOnly,
    url: pageFields.url,
    read: readingFields.read,
    via: readingFields.via,
    quotes: pageFields.quotes,
  })
  .superRefine(checkProtocol);
export type Source = z.infer<typeof sourceSchema>;
