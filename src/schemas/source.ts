// A source as a guide lists it: the page, who published it, whether it is official and how it was read.
import { z } from 'astro/zod';
import { anchorId, httpsUrl, isoDate, text } from './primitives.ts';

const sourceFields = {
  id: anchorId,
  title: text,
  publisher: text,
  official: z.boolean({ error: 'expected true (the carrier or a regulator) or false (a third party)' }),
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
  /** Set only for a source that exists solely over http; the page marks it as such. */
  httpOnly: z.literal(true).optional(),
  url: z.string({ error: 'expected an https:// URL' }),
  /** `partial`: only part of the page was read (an excerpt, a search snippet); the review report counts these. */
  read: z.enum(['full', 'partial'], { error: 'expected read: full or read: partial' }).optional(),
  /**
   * The copy actually read, when it was on another host (a proxy, mirror or reprint) rather than `url` or an
   * archived snapshot of it (that is `captured`). `unaltered: true` only when the copy is the publisher's page
   * byte for byte; otherwise the source cannot be official.
   */
  via: z
    .strictObject({
      /** The copy's address; leave it out only when it was not recorded (the note says how the page was read). */
      url: httpsUrl.optional(),
      unaltered: z.boolean({ error: 'expected unaltered: true or false' }),
    })
    .optional(),
};

export const sourceSchema = z.strictObject(sourceFields).superRefine((source, ctx) => {
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
});
