// content/publishers.yaml: whose own pages a host and path are.
import { z } from 'astro/zod';
import { anchorId, isoDate, text } from './primitives.ts';

/** A page pattern in content/publishers.yaml: `host` or `host/path/prefix`, `*` for any one path segment. */
const pagePattern = z
  .string({ error: 'expected a page pattern such as "support.google.com/voice"' })
  .regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/[^/\s]+)*$/, {
    error: (iss) =>
      `expected a lower-case host with an optional path prefix such as "support.google.com/voice", got "${String(iss.input)}"`,
  });

export const PUBLISHER_KINDS = ['carrier', 'regulator', 'service'] as const;
export const NOT_PUBLISHER_REASONS = ['forum', 'archive', 'proxy', 'mirror', 'reprint', 'code-host'] as const;

/** One publisher: whose pages these are, and which carrier guides it speaks for officially. */
export const publisherSchema = z.strictObject({
  id: anchorId,
  name: text,
  /** carrier (or its parent), regulator (counts for every guide), service (a company or agency about its own service). */
  kind: z.enum(PUBLISHER_KINDS, { error: `expected kind: ${PUBLISHER_KINDS.join(', ')}` }),
  pages: z.array(pagePattern).min(1, { error: 'expected at least one page pattern' }),
  /** Carrier guides (slugs) this publisher is official for; `since` for a parent that took the carrier over on a day. */
  guides: z.array(z.union([anchorId, z.strictObject({ guide: anchorId, since: isoDate })])).default([]),
  /** Why these pages are this publisher's, or why it counts for a guide it does not own. */
  note: text.optional(),
});
export type Publisher = z.infer<typeof publisherSchema>;

export const publisherRegistrySchema = z.strictObject({
  publishers: z.array(publisherSchema),
  /** Pages that belong to no publisher even on a publisher's host: forums, archives, proxies, mirrors, reprints. */
  notPublisher: z
    .array(
      z.strictObject({
        page: pagePattern,
        why: z.enum(NOT_PUBLISHER_REASONS, { error: `expected why: ${NOT_PUBLISHER_REASONS.join(', ')}` }),
      }),
    )
    .default([]),
});
export type PublisherRegistry = z.infer<typeof publisherRegistrySchema>;
