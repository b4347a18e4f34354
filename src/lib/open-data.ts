// /data/carriers.json: every carrier's facts as written in its frontmatter, for anyone to reuse,
// and the JSON Schema of that file, generated from the same zod schema that checks the guides.
// Nothing here names a carrier field: whatever the carrier schema holds is exported and described.
import { z } from 'astro/zod';
import { isoDate } from '../schemas/index.ts';
import { contactViews, type ContactView } from './guide/contacts.ts';
import type { Carrier } from '../schemas/index.ts';
import { carrierPath, isoDay } from './site.ts';
import { REF_TOKEN } from './guide/inline.ts';
import { CARRIER_SECTIONS } from './guide/labels.ts';
import { refSources } from './content/sources.ts';
import { LOCALES, type LocaleId } from '../i18n/config.ts';
import { pathIn } from './edition/switch.ts';

const EDITIONS = Object.keys(LOCALES) as LocaleId[];

export const OPEN_DATA_PATH = '/data/carriers.json';
export const OPEN_DATA_SCHEMA_PATH = '/data/carriers.schema.json';
/** Raised when a field is removed, renamed or changes meaning; new fields do not raise it. */
export const OPEN_DATA_FORMAT_VERSION = 1;
export const OPEN_DATA_LICENSE = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Attribution 4.0 International',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

/**
 * What a contact reference stands for in plain text: a phone number in E.164 ("+18003310500"), a
 * dial code as printed ("#PORT（#7678）"), a text message to send, or a link's label and URL.
 */
export function contactText(view: ContactView): string {
  if (view.kind === 'phone') return view.href.slice('tel:'.length);
  return view.kind === 'link' ? `${view.label}（${view.href}）` : view.display;
}

/**
 * A frontmatter value made plain JSON, at any depth: dates as "YYYY-MM-DD" (the way they are written),
 * every "[[contact-id]]" in text replaced by `contactText` of that contact, and every "[[#section]]"
 * by the section's title and its URL on `guideUrl` (the absolute URL of the carrier's guide).
 * Throws naming the reference when it has no contact or section (the content check catches it first).
 */
export function plainFacts(value: unknown, contacts: Map<string, ContactView>, guideUrl: string): unknown {
  if (value instanceof Date) return isoDay(value);
  if (typeof value === 'string') {
    return value.replace(REF_TOKEN, (token, hash: string, id: string) => {
      const title = hash ? CARRIER_SECTIONS[id as keyof typeof CARRIER_SECTIONS] : undefined;
      if (title) return `“${title}”（${guideUrl}#${id}）`;
      const view = hash ? undefined : contacts.get(id);
      if (!view)
        throw new Error(
          `open data: text refers to ${token}, which is not one of the guide's ${hash ? 'sections' : 'contacts'}`,
        );
      return contactText(view);
    });
  }
  if (Array.isArray(value)) return value.map((v) => plainFacts(v, contacts, guideUrl));
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainFacts(v, contacts, guideUrl)]));
  return value;
}

/**
 * Facts cite quotes as `source-id#quote-id`; the open data keeps format 1's meaning of a fact's `sources` (ids of
 * the carrier's `sources` entries), so each such list becomes its distinct source ids, and the quotes themselves
 * are in each source's `quotes` (an added field).
 */
export function plainCitations(value: unknown, top = true): unknown {
  if (Array.isArray(value)) return value.map((v) => plainCitations(v, false));
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => [
      k,
      (k === 'sources' || k === 'labelSources') && !top && Array.isArray(v) && v.every((r) => typeof r === 'string')
        ? refSources(v)
        : plainCitations(v, false),
    ]),
  );
}

/** The whole file's schema around any carrier schema, so the published JSON Schema follows it. */
export function openDataSchema<T extends z.ZodType>(carrier: T) {
  return z.strictObject({
    $schema: z.string(),
    format: z.literal('us-sim-guide/carriers'),
    formatVersion: z.literal(OPEN_DATA_FORMAT_VERSION),
    license: z.strictObject({
      id: z.literal(OPEN_DATA_LICENSE.id),
      name: z.string(),
      url: z.string(),
      attribution: z.string(),
    }),
    /** Site paths in the facts' text ("/topics/port-out/#family-plan") are relative to this origin. */
    site: z.string(),
    carriers: z.array(
      z.strictObject({
        id: z.string(),
        /** The guide in the default edition, as in format 1 from the start. */
        url: z.string(),
        /** The guide in each edition, by the edition's language tag ("zh-CN", "zh-TW"); added later in format 1. */
        pages: z.strictObject(Object.fromEntries(EDITIONS.map((id) => [LOCALES[id].lang, z.string()]))).optional(),
        facts: carrier,
      }),
    ),
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
  return {
    ...schema,
    $id: new URL(OPEN_DATA_SCHEMA_PATH, site).href,
    title: 'US phone carriers: how to cancel, port out and keep a number',
  };
}

/** The file itself, carriers in the order given. `site` is the deployed origin (SITE_URL). */
export function openData(carriers: readonly { id: string; data: Carrier }[], site: string | URL, siteName: string) {
  return {
    $schema: new URL(OPEN_DATA_SCHEMA_PATH, site).href,
    format: 'us-sim-guide/carriers' as const,
    formatVersion: OPEN_DATA_FORMAT_VERSION,
    license: { ...OPEN_DATA_LICENSE, attribution: `${siteName}（${new URL('/', site).href}）` },
    site: new URL('/', site).href,
    carriers: carriers.map(({ id, data }) => {
      const url = new URL(carrierPath(id), site).href;
      const pages = Object.fromEntries(
        EDITIONS.map((edition) => [LOCALES[edition].lang, new URL(pathIn(carrierPath(id), edition), site).href]),
      );
      return { id, url, pages, facts: plainCitations(plainFacts(data, contactViews(data.contacts), url)) };
    }),
  };
}

type JsonSchema = {
  type?: string | string[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  $defs?: Record<string, JsonSchema>;
};

/**
 * Every field a JSON Schema describes, one "path: type" line each, sorted: "carriers[].facts.name: string".
 * Array items add "[]"; each branch of anyOf/oneOf/allOf adds its own lines; local $refs are followed.
 * Reusers rely on these lines: a line that disappears is a breaking change (OPEN_DATA_FORMAT_VERSION).
 */
export function schemaFields(root: Record<string, unknown>): string[] {
  const lines = new Set<string>();
  const seen = new Set<JsonSchema>();
  const visit = (node: JsonSchema, path: string) => {
    if (node.$ref?.startsWith('#/$defs/')) {
      const target = (root as JsonSchema).$defs?.[node.$ref.slice('#/$defs/'.length)];
      if (target && !seen.has(target)) {
        seen.add(target);
        visit(target, path);
        seen.delete(target);
      }
      return;
    }
    for (const branch of [...(node.anyOf ?? []), ...(node.oneOf ?? []), ...(node.allOf ?? [])]) visit(branch, path);
    const types = node.type === undefined ? (node.const !== undefined ? [typeof node.const] : []) : [node.type].flat();
    for (const type of types) if (path) lines.add(`${path}: ${type}`);
    for (const [key, child] of Object.entries(node.properties ?? {})) visit(child, path ? `${path}.${key}` : key);
    if (node.items) visit(node.items, `${path}[]`);
  };
  visit(root as JsonSchema, '');
  return [...lines].sort();
}
