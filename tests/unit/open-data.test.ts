import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { parseCarrier, readEntries, readSourceRegistry } from '../../src/lib/content/load-fs.ts';
import { resolvedCarrierSchema, type ActiveCarrier, type Carrier } from '../../src/schemas/index.ts';
import { contactViews } from '../../src/lib/guide/contacts.ts';
import { contactText, openData, openDataJsonSchema, plainFacts, schemaFields } from '../../src/lib/open-data.ts';
import { words } from '../words.ts';

const raw = readEntries('tests/fixtures/content').find((e) => e.slug === 'example-mobile')!.data as Record<
  string,
  unknown
>;
const carrier: Carrier = parseCarrier(raw, readSourceRegistry('tests/fixtures/content'));
const contacts = contactViews(carrier.contacts);
const GUIDE = 'https://guide.example.org/carriers/example-mobile/';

describe('plainFacts', () => {
  const facts = plainFacts(carrier, contacts, GUIDE) as ActiveCarrier & { reviewed: string };

  it('writes dates as they were written', () => {
    expect(facts.reviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(facts.sources[0]!.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('replaces contact references with the number, code or link', () => {
    expect(facts.cancel.channels[0]!.steps[0]!.text).toBe('拨打 +12025550100，说 “cancel service”。');
    expect(facts.portOut.pin.text).toMatch(/^拨打 \S+ 或 发短信 “NTP” 到 611611。$/);
    expect(JSON.stringify(facts)).not.toContain('[[');
  });

  it('keeps every field, including unknowns', () => {
    expect(Object.keys(facts)).toEqual(Object.keys(carrier));
    expect(JSON.stringify(facts).match(/"unknown"/g)?.length).toBe(JSON.stringify(carrier).match(/"unknown"/g)?.length);
  });

  it('replaces a section reference with its title and URL', () => {
    expect(plainFacts('见本页[[#stop-paying]]一节', contacts, GUIDE)).toBe(
      `见本页“${words.carrierSection['stop-paying']}”（${GUIDE}#stop-paying）一节`,
    );
    expect(() => plainFacts('[[#nowhere]]', contacts, GUIDE)).toThrow(/\[\[#nowhere\]\].*sections/);
  });

  it('names a reference that has no contact', () => {
    expect(() => plainFacts({ text: '拨打 [[nobody]]' }, contacts, GUIDE)).toThrow(/\[\[nobody\]\]/);
  });

  it('writes a link as its label and URL', () => {
    expect(contactText(contacts.get('account')!)).toBe('登录账户（https://example.com/account）');
  });
});

describe('openData', () => {
  const file = openData([{ id: 'example-mobile', data: carrier }], 'https://guide.example.org', '指南');

  it('says what it is, which version and under which license', () => {
    expect(file).toMatchObject({
      formatVersion: 1,
      license: { id: 'CC-BY-4.0' },
      site: 'https://guide.example.org/',
      $schema: 'https://guide.example.org/data/carriers.schema.json',
    });
    expect(file.carriers[0]).toMatchObject({
      id: 'example-mobile',
      url: 'https://guide.example.org/carriers/example-mobile/',
      pages: {
        'zh-CN': 'https://guide.example.org/carriers/example-mobile/',
        'zh-TW': 'https://guide.example.org/zh-tw/carriers/example-mobile/',
      },
    });
  });

  it('passes its own zod schema, on the input side', () => {
    expect(() =>
      z
        .strictObject({ carriers: z.array(z.object({ facts: resolvedCarrierSchema })) })
        .parse({ carriers: file.carriers }),
    ).not.toThrow();
  });
});

describe('openDataJsonSchema', () => {
  it('describes whatever the carrier schema holds', () => {
    const extended = resolvedCarrierSchema.safeExtend({ newPart: z.strictObject({ months: z.number() }).optional() });
    const schema = openDataJsonSchema(extended, 'https://guide.example.org') as {
      properties: { carriers: { items: { properties: { facts: { properties: Record<string, unknown> } } } } };
    };
    const facts = schema.properties.carriers.items.properties.facts.properties;
    expect(Object.keys(facts)).toEqual(Object.keys(extended.shape));
    expect(facts.newPart).toMatchObject({ type: 'object', properties: { months: { type: 'number' } } });
  });

  it('describes each edition’s page link, and still accepts a file written before there were any', () => {
    const schema = openDataJsonSchema(resolvedCarrierSchema, 'https://guide.example.org') as {
      properties: { carriers: { items: { required: string[]; properties: { pages: unknown } } } };
    };
    const item = schema.properties.carriers.items;
    expect(item.properties.pages).toMatchObject({
      type: 'object',
      properties: { 'zh-CN': { type: 'string' }, 'zh-TW': { type: 'string' } },
      additionalProperties: false,
    });
    expect(item.required).toEqual(['id', 'url', 'facts']);
  });

  it('gives dates their written form', () => {
    const schema = openDataJsonSchema(resolvedCarrierSchema, 'https://guide.example.org') as {
      $id: string;
      properties: { carriers: { items: { properties: { facts: { properties: { reviewed: unknown } } } } } };
    };
    expect(schema.$id).toBe('https://guide.example.org/data/carriers.schema.json');
    expect(schema.properties.carriers.items.properties.facts.properties.reviewed).toEqual({
      type: 'string',
      pattern: '^\\d{4}-\\d{2}-\\d{2}$',
    });
  });
});

describe('schemaFields', () => {
  it('lists every path with its type, through arrays, unions and local refs', () => {
    const schema = {
      type: 'object',
      $defs: { fact: { type: 'object', properties: { text: { type: 'string' } } } },
      properties: {
        list: { type: 'array', items: { $ref: '#/$defs/fact' } },
        either: { anyOf: [{ type: 'boolean' }, { const: 'unknown' }] },
      },
    };
    expect(schemaFields(schema)).toEqual([
      'either: boolean',
      'either: string',
      'list: array',
      'list[].text: string',
      'list[]: object',
    ]);
  });

  it('loses a line when a field is renamed, so the version guard sees it', () => {
    const keep = z.strictObject({ priceUsd: z.number() });
    const before = schemaFields(openDataJsonSchema(z.strictObject({ keepNumber: keep }), 'https://x.example'));
    const after = schemaFields(openDataJsonSchema(z.strictObject({ keep }), 'https://x.example'));
    expect(before.filter((l) => !after.includes(l))).toEqual([
      'carriers[].facts.keepNumber.priceUsd: number',
      'carriers[].facts.keepNumber: object',
    ]);
  });
});
