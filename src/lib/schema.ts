// The contract for guide frontmatter. content.config.ts hands these to Astro, and
// validate-content.ts runs them before the build so that errors name the file and field.
// `astro/zod` is plain zod v4 re-exported; nothing here needs the Astro runtime.
import { z } from 'astro/zod';

export const NETWORKS = ['att', 'verizon', 't-mobile', 'us-cellular'] as const;
export const KINDS = ['prepaid', 'postpaid', 'monthly', 'virtual-number', 'travel-esim'] as const;
export const GROUPS = ['att', 'verizon', 't-mobile', 'cable', 'multi-network', 'virtual-number', 'travel-esim', 'other'] as const;
export const CHANNELS = ['online', 'app', 'phone', 'chat', 'store', 'stop-paying', 'port-out'] as const;
export const CARD_TYPES = ['prepaid', 'postpaid', 'physical-sim', 'esim', 'number-keeping'] as const;

/** A stable, readable ASCII anchor written by hand in the content. */
export const anchorId = z
  .string({ error: 'expected an ASCII id such as "get-transfer-pin"' })
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, {
    error: (iss) => `expected a lower-case ASCII id such as "get-transfer-pin", got "${String(iss.input)}"`,
  })
  .refine((id) => !/^(src|todo|script)-/.test(id), { error: 'ids starting with "src-", "todo-" or "script-" belong to parts the page adds itself; choose another id' });

const text = z.string({ error: 'expected text' }).trim().min(2, { error: 'expected non-empty text' });

/** YAML turns 2026-11-22 into a Date; a quoted string stays a string. Both must be a real calendar day. */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.valueOf()) ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: 'expected a date written YYYY-MM-DD' })
    .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toJSON()?.startsWith(s) === true, {
      error: (iss) => `expected a real date written YYYY-MM-DD, got "${String(iss.input)}"`,
    })
    .transform((s) => new Date(`${s}T00:00:00Z`)),
);

const httpsUrl = z
  .string({ error: 'expected an https:// URL' })
  .refine((s) => URL.canParse(s) && new URL(s).protocol === 'https:', {
    error: (iss) => `expected an https:// URL, got "${String(iss.input)}"`,
  });

/** Ids of entries in the guide's `sources` list. */
const sourceRefs = z.array(anchorId).min(1, { error: 'expected at least one source id from `sources`' });

const sourceFields = {
  id: anchorId,
  title: text,
  publisher: text,
  official: z.boolean({ error: 'expected true (the carrier or a regulator) or false (a third party)' }),
  checked: isoDate,
  /** Date of the archived copy that was read, when it was not the live page. */
  captured: isoDate.optional(),
  /** Date the page itself states (last updated / published), when it shows one. */
  pageDate: z.union([isoDate, text]).optional(),
  note: text.optional(),
  /** Set only for a source that exists solely over http; the page marks it as such. */
  httpOnly: z.literal(true).optional(),
  url: z.string({ error: 'expected an https:// URL' }),
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

/**
 * A fact is either sourced text, or explicitly unknown with the reason.
 * `conflicts` records other sources that say something different, shown side by side.
 */
export const factSchema = z
  .strictObject({
    text: text.optional(),
    sources: z.array(anchorId).optional(),
    unknown: text.optional(),
    conflicts: z.array(z.strictObject({ text, sources: sourceRefs })).optional(),
  })
  .superRefine((fact, ctx) => {
    if (fact.text && fact.unknown) {
      ctx.addIssue({ code: 'custom', message: 'expected either `text` or `unknown`, not both' });
    } else if (!fact.text && !fact.unknown) {
      ctx.addIssue({ code: 'custom', message: 'expected `text` with `sources`, or `unknown` with the reason (e.g. "官方未公布")' });
    } else if (fact.text && !fact.sources?.length) {
      ctx.addIssue({ code: 'custom', path: ['sources'], message: 'expected at least one source id: every fact needs a source' });
    }
  });
export type Fact = z.infer<typeof factSchema>;

export const stepSchema = z.strictObject({ id: anchorId, text, sources: sourceRefs });
export type Step = z.infer<typeof stepSchema>;

const e164 = z.string({ error: 'expected a phone number in E.164 form such as "+18009378997"' }).regex(/^\+[1-9]\d{7,14}$/, {
  error: (iss) => `expected a phone number in E.164 form such as "+18009378997", got "${String(iss.input)}"`,
});

export const phoneSchema = z.strictObject({
  id: anchorId,
  label: text,
  number: e164,
  hours: text.optional(),
  /** IANA time zone the hours are in, e.g. America/New_York. */
  timeZone: z
    .string()
    .refine((tz) => Intl.supportedValuesOf('timeZone').includes(tz) || tz === 'UTC', {
      error: (iss) => `expected an IANA time zone such as "America/New_York", got "${String(iss.input)}"`,
    })
    .optional(),
  fromAbroad: z.strictObject({
    callable: z.union([z.boolean(), z.literal('unknown')], { error: 'expected true, false or "unknown"' }),
    number: e164.optional(),
    note: text.optional(),
  }),
  sources: sourceRefs,
});

export const dialCodeSchema = z.strictObject({
  id: anchorId,
  label: text,
  /** As the carrier writes it: 611, *7678, #PORT, *PORT. */
  code: z.string().regex(/^[*#]?[0-9A-Z]{2,10}#?$/, {
    error: (iss) => `expected a dial code such as "611", "*7678" or "#PORT", got "${String(iss.input)}"`,
  }),
  sources: sourceRefs,
});

export const smsCodeSchema = z.strictObject({
  id: anchorId,
  label: text,
  message: z.string().min(1),
  to: z.string().regex(/^\d{3,8}$/, { error: (iss) => `expected a short code of digits such as "611611", got "${String(iss.input)}"` }),
  sources: sourceRefs,
});

export const linkSchema = z.strictObject({
  id: anchorId,
  label: text,
  kind: z.enum(['web', 'chat', 'app', 'store', 'account'], { error: 'expected web, chat, app, store or account' }),
  url: httpsUrl,
  sources: sourceRefs,
});

export const channelSchema = z.strictObject({
  id: anchorId,
  channel: z.enum(CHANNELS, { error: `expected one of ${CHANNELS.join(', ')}` }),
  title: text,
  /** works: a reader can use it; limited: only some accounts (say which in `note`). */
  status: z.enum(['works', 'limited'], { error: 'expected works or limited' }),
  note: factSchema.optional(),
  steps: z.array(stepSchema).min(1, { error: 'expected at least one step' }),
});

export const faqSchema = z.strictObject({ id: anchorId, q: text, a: text, sources: sourceRefs });

const aliasList = z.array(z.string().trim().min(1)).default([]);

/** Fields every guide has, whatever its collection. */
const guideBase = {
  title: text.max(60, { error: 'expected a title of at most 60 characters' }),
  description: text.max(160, { error: 'expected a description of at most 160 characters' }),
  reviewed: isoDate,
  /** Days after `reviewed` before the page warns that it may be out of date. */
  reviewWindowDays: z.number().int().positive().default(180),
  aliases: aliasList,
  faq: z.array(faqSchema).default([]),
  sources: z.array(sourceSchema).min(1, { error: 'expected at least one source' }),
};

export const carrierSchema = z.strictObject({
  ...guideBase,
  name: text,
  shortNames: z.array(z.string().regex(/^[a-z0-9-]+$/, { error: 'expected short names in lower-case ASCII' })).default([]),
  parent: text,
  networks: z.array(z.enum(NETWORKS, { error: `expected networks from ${NETWORKS.join(', ')}` })),
  kind: z.enum(KINDS, { error: `expected kind ${KINDS.join(', ')}` }),
  group: z.enum(GROUPS, { error: `expected group ${GROUPS.join(', ')}` }),
  /** Whether the carrier sells eSIM and physical SIM; drives the card-type lists. */
  sim: z.strictObject({
    esim: z.union([z.boolean(), z.literal('unknown')], { error: 'expected true, false or "unknown"' }),
    physical: z.union([z.boolean(), z.literal('unknown')], { error: 'expected true, false or "unknown"' }),
    note: text.optional(),
    sources: z.array(anchorId).optional(),
  }).superRefine((sim, ctx) => {
    const claims = sim.esim !== 'unknown' || sim.physical !== 'unknown';
    if (claims && !sim.sources?.length) ctx.addIssue({ code: 'custom', path: ['sources'], message: 'expected at least one source id for the SIM support stated' });
  }),
  summary: z.strictObject({
    /** Id of the channel in cancel.channels that is fastest. */
    fastest: anchorId,
    warning: text,
  }),
  contacts: z.strictObject({
    phones: z.array(phoneSchema).default([]),
    dialCodes: z.array(dialCodeSchema).default([]),
    sms: z.array(smsCodeSchema).default([]),
    links: z.array(linkSchema).default([]),
  }),
  cancel: z.strictObject({
    effective: factSchema,
    channels: z.array(channelSchema).min(1, { error: 'expected at least one way to cancel' }),
    notOffered: z.array(z.strictObject({ channel: z.enum(CHANNELS), reason: factSchema })).default([]),
  }),
  portOut: z.strictObject({
    accountNumber: factSchema,
    pin: factSchema,
    pinWho: factSchema,
    pinValidity: factSchema,
    locks: factSchema,
    steps: z.array(stepSchema).min(1, { error: 'expected at least one step' }),
  }),
  money: z.strictObject({
    etf: factSchema,
    deviceBalance: factSchema,
    proration: factSchema,
    refund: factSchema,
  }),
  stopPaying: z.strictObject({
    summary: factSchema,
    timeline: z
      .array(z.strictObject({ day: z.number().int().nonnegative(), text, sources: sourceRefs }))
      .default([]),
  }),
  keepNumber: z
    .strictObject({
      plan: text,
      /** Price in US dollars for one `periodMonths`. */
      priceUsd: z.number().nonnegative(),
      periodMonths: z.number().int().positive(),
      activity: factSchema,
      sources: sourceRefs,
    })
    .optional(),
});
export type Carrier = z.infer<typeof carrierSchema>;

export const cardTypeSchema = z.strictObject({
  ...guideBase,
  order: z.number().int(),
  shortTitle: text,
});
export type CardType = z.infer<typeof cardTypeSchema>;

export const topicSchema = z.strictObject({
  ...guideBase,
  order: z.number().int(),
  shortTitle: text,
});
export type Topic = z.infer<typeof topicSchema>;

export const QUESTION_THEMES = ['keep-number', 'google-voice', 'cancel', 'porting', 'money', 'esim-sim', 'codes', 'family-plan'] as const;

/** One reader question on /questions/: their words, a one-line answer, and the section that answers it. */
export const questionSchema = z.strictObject({
  id: anchorId,
  theme: z.enum(QUESTION_THEMES, { error: `expected a theme: ${QUESTION_THEMES.join(', ')}` }),
  q: text,
  a: text.max(120, { error: 'expected a one-line answer of at most 120 characters; the linked section has the rest' }),
  /** The guide section that answers it: a root-relative path with an anchor. */
  link: z.string().regex(/^\/(carriers|card-types|topics)\/[a-z0-9-]+\/#[a-z0-9-]+$/, {
    error: (iss) => `expected a guide section such as "/topics/port-out/#family-plan", got "${String(iss.input)}"`,
  }),
});
export type Question = z.infer<typeof questionSchema>;

export const COLLECTIONS = {
  carriers: { dir: 'carriers', schema: carrierSchema },
  cardTypes: { dir: 'card-types', schema: cardTypeSchema },
  topics: { dir: 'topics', schema: topicSchema },
} as const;
export type CollectionName = keyof typeof COLLECTIONS;
