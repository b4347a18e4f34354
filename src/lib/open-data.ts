// /data/carriers.json: every carrier's facts as written in its frontmatter, for anyone to reuse,
// and the JSON Schema of that file, generated from the same zod schema that checks the guides.
// Nothing here names a carrier field: whatever the carrier schema holds is exported and described.
import { z } from 'astro/zod';
import { isoDate } from './schema.ts';
import { contactViews, type ContactView } from './contacts.ts';
import type { Carrier } from './schema.ts';
import { carrierPath, isoDay } from './site.ts';

export const OPEN_DATA_PATH = '/data/carriers.json';
export const OPEN_DATA_SCHEMA_PATH = '/data/carriers.schema.json';
/** Raised when a field is removed, renamed or changes meaning; new fields do not raise it. */
export const OPEN_DATA_FORMAT_VERSION = 1;
export const OPEN_DATA_LICENSE = { id: 'CC-BY-4.0', name: 'Creative Commons Attribution 4.0 International', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

/**
 * What a contact reference stands for in plain text: a phone number in E.164 ("+18003310500"), a
 * dial code as printed ("#PORT（#7678）"), a text message to send, or a link's label and URL.
 */
export function contactText(view: ContactView): string {
  if (view.kind === 'phone') return view.href.slice('tel:'.length);
  return view.kind === 'link' ? `${view.label}（${view.href}）` : view.display;
}

/**
 * A frontmatter value made plain JSON, at any depth: dates as "YYYY-MM-DD" (the way they are written)
 * and every "[[contact-id]]" in text replaced by `contactText` of that contact. Throws naming the
 * id when a reference has no contact (the content check should have caught it first).
 */
export function plainFacts(value: unknown, contacts: Map<string, ContactView>): unknown {
  if (value instanceof Date) return isoDay(value);
  if (typeof value === 'string') {
    return value.replace(/\[\[([a-z0-9-]+)\]\]/g, (_, id: string) => {
      const view = contacts.get(id);
      if (!view) throw new Error(`open data: text refers to [[${id}]], which is not one of the guide's contacts`);
      return contactText(view);
    });
  }
  if (Array.isArray(value)) return value.map((v) => plainFacts(v, contacts));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainFacts(v, contacts)]));
  return value;
}

/** The whole file's schema around any carrier schema, so the published JSON Schema follows it. */
export function openDataSchema<T extends z.ZodType>(carrier: T) {
  return z.strictObject({
    $schema: z.string(),
    format: z.literal('us-sim-guide/carriers'),
    formatVersion: z.literal(OPEN_DATA_FORMAT_VERSION),
    license: z.strictObject({ id: z.literal(OPEN_DATA_LICENSE.id), name: z.string(), url: z.string(), attribution: z.string() }),
    /** Site paths in the facts' text ("/topics/port-out/#family-plan") are relative to this origin. */
    site: z.string(),
    carriers: z.array(z.strictObject({ id: z.string(), url: z.string(), facts: carrier })),
  });
}

/**
 * JSON Schema (draft 2020-12) of the file, from the input side of the zod schema: what the facts
 * look like as written, before dates become Date objects. Dates get the YYYY-MM-DD pattern that
 * the zod refinement checks, since a refinement itself cannot be expressed in JSON Schema.
 */
export function openDataJsonSchema(carrier: z.ZodType, site: string | URL): Record<string, unknown> {
  const schema = z.toJSONSchema(openDataSchema(carrier), {
    io: 'input',
    override: (ctx) => {
      if (ctx.zodSchema === isoDate) Object.assign(ctx.jsonSchema, { pattern: '^\\d{4}-\\d{2}-\\d{2}$' });
    },
  });
  return { ...schema, $id: new URL(OPEN_DATA_SCHEMA_PATH, site).href, title: 'US phone carriers: how to cancel, port out and keep a number' };
}

/** The file itself, carriers in the order given. `site` is the deployed origin (SITE_URL). */
export function openData(carriers: readonly { id: string; data: Carrier }[], site: string | URL, siteName: string) {
  return {
    $schema: new URL(OPEN_DATA_SCHEMA_PATH, site).href,
    format: 'us-sim-guide/carriers' as const,
    formatVersion: OPEN_DATA_FORMAT_VERSION,
    license: { ...OPEN_DATA_LICENSE, attribution: `${siteName}（${new URL('/', site).href}）` },
    site: new URL('/', site).href,
    carriers: carriers.map(({ id, data }) => ({
      id,
      url: new URL(carrierPath(id), site).href,
      facts: plainFacts(data, contactViews(data.contacts)),
    })),
  };
}
