// /data/carriers.json as a reuser gets it: valid against the published JSON Schema (checked by
// Ajv, not by our own zod code), one entry per carrier guide, every frontmatter field carried over,
// contact references resolved, and the license the /about/ page states.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { carriers, DIST, page } from './dist.ts';
import { parseGuide, readEntries, readSourceRegistry } from '../../src/lib/content/load-fs.ts';
import { OPEN_DATA_FORMAT_VERSION, schemaFields } from '../../src/lib/open-data.ts';
import { CONTENT_ROOT } from '../../site.config.mjs';

const data = JSON.parse(readFileSync(`${DIST}/data/carriers.json`, 'utf8'));
const schema = JSON.parse(readFileSync(`${DIST}/data/carriers.schema.json`, 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
const registry = readSourceRegistry(CONTENT_ROOT);
/** Each carrier's frontmatter as written, with its citations resolved as the build resolves them. */
const rawFacts = new Map(
  readEntries(CONTENT_ROOT)
    .filter((e) => e.collection === 'carriers')
    .map((e) => [e.slug, { ...(e.data as Record<string, unknown>), sources: parseGuide(e, registry).sources }]),
);

describe('/data/carriers.json', () => {
  it('is valid against /data/carriers.schema.json', () => {
    validate(data);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('is rejected by the schema when a carrier loses a required fact or gains an unknown one', () => {
    const broken = structuredClone(data);
    delete broken.carriers[0].facts.name;
    broken.carriers[1].facts.madeUp = true;
    expect(validate(broken)).toBe(false);
    expect(validate.errors!.map((e) => `${e.instancePath} ${e.message}`)).toEqual(
      expect.arrayContaining([
        "/carriers/0/facts must have required property 'name'",
        '/carriers/1/facts must NOT have additional properties',
      ]),
    );
  });

  it('names its schema, format version and license', () => {
    expect(data.$schema).toBe(schema.$id);
    expect(data.formatVersion).toBe(1);
    expect(data.license.id).toBe('CC-BY-4.0');
  });

  it('covers every carrier guide once, linking to it', () => {
    expect(data.carriers.map((c: { id: string }) => c.id).sort()).toEqual(
      carriers()
        .map((c) => c.slug)
        .sort(),
    );
    for (const c of data.carriers) expect(() => page(new URL(c.url).pathname)).not.toThrow();
  });

  it.each([...rawFacts].map(([slug, raw]) => [slug, raw] as const))(
    '%s: every field written in frontmatter is there, with sources, dates, unknowns and conflicts',
    (slug, raw) => {
      const facts = data.carriers.find((c: { id: string }) => c.id === slug).facts;
      expect(Object.keys(facts)).toEqual(expect.arrayContaining(Object.keys(raw)));
      const text = JSON.stringify(facts);
      const rawText = JSON.stringify(raw);
      expect(text).not.toContain('[[');
      for (const key of ['"unknown"', '"conflicts"', '"sources"', '"checked"'])
        expect(text.split(key).length, key).toBe(rawText.split(key).length);
      expect(facts.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    },
  );

  it('writes the contact a step refers to instead of the reference', () => {
    const att = data.carriers.find((c: { id: string }) => c.id === 'att').facts;
    const phone = att.contacts.phones[0];
    const refersToPhone = JSON.stringify(rawFacts.get('att')).includes(`[[${phone.id}]]`);
    expect(refersToPhone).toBe(true);
    expect(JSON.stringify({ ...att, contacts: undefined })).toContain(phone.number);
  });

  it('links each carrier’s guide in every edition, the default one at `url` as before', () => {
    for (const c of data.carriers) {
      expect(Object.keys(c.pages).sort()).toEqual(['zh-CN', 'zh-TW']);
      expect(c.pages['zh-CN']).toBe(c.url);
      expect(new URL(c.pages['zh-TW']).pathname).toBe(`/zh-tw${new URL(c.url).pathname}`);
      expect(page(new URL(c.pages['zh-TW']).pathname).$('html').attr('lang')).toBe('zh-TW');
    }
  });

  it('is announced on /about/ with its license', () => {
    const about = page('/about/');
    expect(about.$('#open-data ~ p a[href="/data/carriers.json"]')).toHaveLength(1);
    expect(about.$('#open-data ~ p a[href="/data/carriers.schema.json"]')).toHaveLength(1);
    expect(about.$(`#open-data ~ p a[href="${data.license.url}"]`).text()).toContain('Attribution 4.0');
  });
});

describe('open data format version', () => {
  // The fields a format version promises, recorded once per version. Adding a field is fine;
  // dropping, renaming or retyping one breaks reusers and needs the next version.
  const file = `docs/open-data-v${OPEN_DATA_FORMAT_VERSION}-fields.txt`;
  const current = schemaFields(schema);
  if (process.env.RECORD_OPEN_DATA_FIELDS === '1' && !existsSync(file)) writeFileSync(file, `${current.join('\n')}\n`);

  it(`keeps every field that format version ${OPEN_DATA_FORMAT_VERSION} promised (${file})`, () => {
    expect(
      existsSync(file),
      `no ${file}: record it with RECORD_OPEN_DATA_FIELDS=1 npx vitest run tests/site/open-data.test.ts`,
    ).toBe(true);
    const promised = readFileSync(file, 'utf8').trim().split('\n');
    const gone = promised.filter((line) => !current.includes(line));
    expect(
      gone,
      `fields removed, renamed or retyped: raise OPEN_DATA_FORMAT_VERSION in src/lib/open-data.ts and record the new version's fields`,
    ).toEqual([]);
  });
});
