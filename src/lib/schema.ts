// The contract for guide frontmatter. content.config.ts hands these to Astro, and
// validate-content.ts runs them before the build so that errors name the file and field.
// `astro/zod` is plain zod v4 re-exported; nothing here needs the Astro runtime.
import { z } from 'astro/zod';

export const NETWORKS = ['att', 'verizon', 't-mobile', 'us-cellular'] as const;
export const KINDS = ['prepaid', 'postpaid', 'monthly', 'virtual-number', 'travel-esim'] as const;
export const GROUPS = [
  'att',
  'verizon',
  't-mobile',
  'cable',
  'multi-network',
  'virtual-number',
  'travel-esim',
  'other',
] as const;
export const CHANNELS = ['online', 'app', 'phone', 'chat', 'store', 'stop-paying', 'port-out'] as const;
export const CARD_TYPES = ['prepaid', 'postpaid', 'physical-sim', 'esim', 'number-keeping'] as const;

/** A stable, readable ASCII anchor written by hand in the content. */
export const anchorId = z
  .string({ error: 'expected an ASCII id such as "get-transfer-pin"' })
  .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, {
    error: (iss) => `expected a lower-case ASCII id such as "get-transfer-pin", got "${String(iss.input)}"`,
  })
  .refine((id) => !/^(src|todo|script)-/.test(id), {
    error: 'ids starting with "src-", "todo-" or "script-" belong to parts the page adds itself; choose another id',
  });

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

/**
 * A fact is either sourced text, or explicitly unknown with the reason.
 * `conflicts` records other sources that say something different, shown side by side.
 */
export const factSchema = z
  .strictObject(
    {
      text: text.optional(),
      sources: z.array(anchorId).optional(),
      unknown: text.optional(),
      /** The question does not apply to this service (a travel eSIM has no number to pause); say why. */
      notApplicable: text.optional(),
      conflicts: z.array(z.strictObject({ text, sources: sourceRefs })).optional(),
    },
    {
      error:
        'expected a fact: `text` with `sources`, `unknown` with the reason, or `notApplicable` with why it does not apply',
    },
  )
  .superRefine((fact, ctx) => {
    const given = [fact.text, fact.unknown, fact.notApplicable].filter((v) => v !== undefined).length;
    if (given > 1) {
      ctx.addIssue({ code: 'custom', message: 'expected exactly one of `text`, `unknown` or `notApplicable`' });
    } else if (given === 0) {
      ctx.addIssue({
        code: 'custom',
        message:
          'expected `text` with `sources`, `unknown` with the reason (e.g. "官方未公布"), or `notApplicable` with why it does not apply',
      });
    } else if (fact.text && !fact.sources?.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['sources'],
        message: 'expected at least one source id: every fact needs a source',
      });
    }
  });
export type Fact = z.infer<typeof factSchema>;

export const stepSchema = z.strictObject({ id: anchorId, text, sources: sourceRefs });
export type Step = z.infer<typeof stepSchema>;

const e164 = z
  .string({ error: 'expected a phone number in E.164 form such as "+18009378997"' })
  .regex(/^\+[1-9]\d{7,14}$/, {
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
  fromAbroad: z
    .strictObject({
      callable: z.union([z.boolean(), z.literal('unknown')], { error: 'expected true, false or "unknown"' }),
      number: e164.optional(),
      note: text.optional(),
      /** Sources for what is said about calling from abroad; the phone's own `sources` do not cover it. */
      sources: z.array(anchorId).optional(),
    })
    .superRefine((abroad, ctx) => {
      if ((abroad.callable !== 'unknown' || abroad.number) && !abroad.sources?.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['sources'],
          message: 'expected the source ids that say this number can (or cannot) be called from abroad',
        });
      }
    }),
  sources: sourceRefs,
  /** Sources for the purpose the label names (prepaid, abroad, business…), when `sources` do not say it. */
  labelSources: z.array(anchorId).optional(),
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
  to: z.string().regex(/^\d{3,8}$/, {
    error: (iss) => `expected a short code of digits such as "611611", got "${String(iss.input)}"`,
  }),
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

/** A rule the carrier had for a while and changed or withdrew: dated, so readers of old advice see it changed. */
export const historySchema = z
  .strictObject({ since: isoDate.optional(), until: isoDate.optional(), text, sources: sourceRefs })
  .refine((h) => !h.since || !h.until || h.since <= h.until, {
    error: '`since` must not be after `until`',
    path: ['until'],
  });

export const PAUSE_AVAILABILITY = ['everyone', 'limited', 'no', 'unknown', 'not-applicable'] as const;
export const YES_NO = ['yes', 'no', 'unknown', 'not-applicable'] as const;
/** YAML 1.1 readers turn a bare yes/no into a boolean; both spellings mean the same here. */
const yesNo = z.preprocess(
  (v) => (v === true ? 'yes' : v === false ? 'no' : v),
  z.enum(YES_NO, { error: `expected one of ${YES_NO.join(', ')}` }),
);

/** Voluntary suspension instead of cancelling (anchor #pause). */
export const pauseSchema = z.strictObject({
  available: z.enum(PAUSE_AVAILABILITY, { error: `expected available: ${PAUSE_AVAILABILITY.join(', ')}` }),
  offered: factSchema,
  who: factSchema,
  longest: factSchema,
  cost: factSchema,
  keepsNumber: factSchema,
  /** Whether a paused line still receives texts (verification codes). */
  texts: yesNo,
  receivesTexts: factSchema,
  howTo: factSchema,
  afterwards: factSchema,
  history: z.array(historySchema).default([]),
});
export type Pause = z.infer<typeof pauseSchema>;

/** The carrier's rules for a line used mostly outside the US (anchor #abroad). */
export const abroadSchema = z.strictObject({
  rules: factSchema,
  enforcement: factSchema,
  wifiCalling: factSchema,
  keepTexts: factSchema,
  history: z.array(historySchema).default([]),
});
export type Abroad = z.infer<typeof abroadSchema>;

/** What day 0 of a stop-paying timeline is, in the carrier's terms. */
export const TIMELINE_FROM = ['due-date', 'plan-expiry', 'last-payment', 'last-activity'] as const;
export const EVENT_KINDS = [
  'suspended',
  'fee',
  'last-day-to-pay',
  'balance-forfeited',
  'number-released',
  'account-closed',
  'collections',
  'notice',
  'restore-deadline',
] as const;

/** One dated event after day 0: an offset in calendar days or months, with an upper end where sources give a range. */
export const timelineEventSchema = z
  .strictObject({
    kind: z.enum(EVENT_KINDS, { error: `expected kind: ${EVENT_KINDS.join(', ')}` }),
    days: z.number().int().nonnegative().optional(),
    daysMax: z.number().int().nonnegative().optional(),
    months: z.number().int().nonnegative().optional(),
    monthsMax: z.number().int().nonnegative().optional(),
    /** Whether the number can still be ported out at this point. */
    portable: z.union([z.boolean(), z.literal('unknown')], { error: 'expected portable: true, false or "unknown"' }),
    text,
    sources: sourceRefs,
  })
  .superRefine((e, ctx) => {
    const unit = e.days !== undefined ? 'days' : e.months !== undefined ? 'months' : undefined;
    if ((e.days === undefined) === (e.months === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['days'],
        message: 'expected an offset from day 0: either `days` or `months`, not both',
      });
    } else if (unit === 'days' && e.monthsMax !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['monthsMax'], message: 'expected `daysMax` with `days`' });
    } else if (unit === 'months' && e.daysMax !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['daysMax'], message: 'expected `monthsMax` with `months`' });
    }
    if (e.daysMax !== undefined && e.days !== undefined && e.daysMax <= e.days)
      ctx.addIssue({ code: 'custom', path: ['daysMax'], message: `expected daysMax greater than days (${e.days})` });
    if (e.monthsMax !== undefined && e.months !== undefined && e.monthsMax <= e.months)
      ctx.addIssue({
        code: 'custom',
        path: ['monthsMax'],
        message: `expected monthsMax greater than months (${e.months})`,
      });
  });
export type TimelineEvent = z.infer<typeof timelineEventSchema>;

/** This site's own edits to a guide, newest shown as 最近更新 and listed on /changes/. */
export const changeSchema = z.strictObject({ date: isoDate, text, sources: z.array(anchorId).optional() });
export type Change = z.infer<typeof changeSchema>;

/** A service that stopped: when, where its customers went, and what a reader can still do. */
export const endedSchema = z.strictObject({
  state: z.literal('ended', { error: 'expected state: ended' }),
  ended: isoDate,
  text,
  successor: factSchema,
  stillPossible: factSchema,
  sources: sourceRefs,
});

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
  changes: z.array(changeSchema).default([]),
  sources: z.array(sourceSchema).min(1, { error: 'expected at least one source' }),
};

/** The parts an active carrier must have and an ended service must not invent. */
const ACTIVE_ONLY = ['summary', 'cancel', 'portOut', 'money', 'stopPaying'] as const;

export const carrierSchema = z
  .strictObject({
    ...guideBase,
    status: z
      .union([z.literal('active'), endedSchema], {
        error: 'expected status: active, or { state: ended, ended, text, successor, stillPossible, sources }',
      })
      .default('active'),
    name: text,
    shortNames: z
      .array(z.string().regex(/^[a-z0-9-]+$/, { error: 'expected short names in lower-case ASCII' }))
      .default([]),
    parent: text,
    networks: z.array(z.enum(NETWORKS, { error: `expected networks from ${NETWORKS.join(', ')}` })),
    kind: z.enum(KINDS, { error: `expected kind ${KINDS.join(', ')}` }),
    group: z.enum(GROUPS, { error: `expected group ${GROUPS.join(', ')}` }),
    /** Whether the carrier sells eSIM and physical SIM; drives the card-type lists. */
    sim: z
      .strictObject({
        esim: z.union([z.boolean(), z.literal('unknown')], { error: 'expected true, false or "unknown"' }),
        physical: z.union([z.boolean(), z.literal('unknown')], { error: 'expected true, false or "unknown"' }),
        note: text.optional(),
        sources: z.array(anchorId).optional(),
      })
      .superRefine((sim, ctx) => {
        const claims = sim.esim !== 'unknown' || sim.physical !== 'unknown';
        if (claims && !sim.sources?.length)
          ctx.addIssue({
            code: 'custom',
            path: ['sources'],
            message: 'expected at least one source id for the SIM support stated',
          });
      }),
    summary: z
      .strictObject({
        /** Id of the channel in cancel.channels that is fastest. */
        fastest: anchorId,
        warning: text,
      })
      .optional(),
    contacts: z.strictObject({
      phones: z.array(phoneSchema).default([]),
      dialCodes: z.array(dialCodeSchema).default([]),
      sms: z.array(smsCodeSchema).default([]),
      links: z.array(linkSchema).default([]),
    }),
    cancel: z
      .strictObject({
        effective: factSchema,
        channels: z.array(channelSchema).min(1, { error: 'expected at least one way to cancel' }),
        notOffered: z.array(z.strictObject({ channel: z.enum(CHANNELS), reason: factSchema })).default([]),
      })
      .optional(),
    portOut: z
      .strictObject({
        accountNumber: factSchema,
        pin: factSchema,
        pinWho: factSchema,
        pinValidity: factSchema,
        locks: factSchema,
        steps: z.array(stepSchema).min(1, { error: 'expected at least one step' }),
      })
      .optional(),
    money: z
      .strictObject({
        etf: factSchema,
        deviceBalance: factSchema,
        proration: factSchema,
        refund: factSchema,
      })
      .optional(),
    stopPaying: z
      .strictObject({
        summary: factSchema,
        /** Day 0 of the timeline; required once the timeline has an event. */
        from: z.enum(TIMELINE_FROM, { error: `expected from: ${TIMELINE_FROM.join(', ')}` }).optional(),
        /** Day 0 in the carrier's own words, when the reader needs them (e.g. "Account Renewal Date"). */
        fromNote: text.optional(),
        timeline: z.array(timelineEventSchema).default([]),
      })
      .superRefine((sp, ctx) => {
        if (sp.timeline.length && !sp.from)
          ctx.addIssue({
            code: 'custom',
            path: ['from'],
            message: `expected \`from\` (what day 0 is: ${TIMELINE_FROM.join(', ')}) for a timeline with events`,
          });
      })
      .optional(),
    pause: pauseSchema,
    abroad: abroadSchema,
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
  })
  .superRefine((c, ctx) => {
    for (const part of ACTIVE_ONLY) {
      if (c.status === 'active' && !c[part])
        ctx.addIssue({
          code: 'custom',
          path: [part],
          message: `expected \`${part}\` for an active carrier (only a service with status.state: ended may leave it out)`,
        });
      if (c.status !== 'active' && c[part])
        ctx.addIssue({
          code: 'custom',
          path: [part],
          message: `expected no \`${part}\` for an ended service: say what a reader can still do in status.stillPossible`,
        });
    }
    if (c.status !== 'active' && c.keepNumber)
      ctx.addIssue({ code: 'custom', path: ['keepNumber'], message: 'expected no `keepNumber` for an ended service' });
  });
export type Carrier = z.infer<typeof carrierSchema>;
/** A carrier that still sells service: every part of the guide is there. */
export type ActiveCarrier = Carrier & { status: 'active' } & Required<Pick<Carrier, (typeof ACTIVE_ONLY)[number]>>;
export type EndedCarrier = Carrier & { status: z.infer<typeof endedSchema> };

/** Narrows a carrier to one whose cancel, port-out, money and stop-paying parts exist. */
export function isActive(c: Carrier): c is ActiveCarrier {
  return c.status === 'active';
}

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

export const QUESTION_THEMES = [
  'keep-number',
  'google-voice',
  'cancel',
  'porting',
  'money',
  'esim-sim',
  'codes',
  'family-plan',
] as const;

/** One reader question on /questions/: their words, a one-line answer, and the section that answers it. */
export const questionSchema = z.strictObject({
  id: anchorId,
  /** The numbers of the research questions (shared/research) this answers, e.g. [25] for Q25. */
  ref: z.array(z.number().int().positive()).optional(),
  theme: z.enum(QUESTION_THEMES, { error: `expected a theme: ${QUESTION_THEMES.join(', ')}` }),
  q: text,
  a: text.max(120, { error: 'expected a one-line answer of at most 120 characters; the linked section has the rest' }),
  /** The guide section that answers it: a root-relative path with an anchor. */
  link: z.string().regex(/^\/((carriers|card-types|topics)\/[a-z0-9-]+|deadline|changes)\/#[a-z0-9-]+$/, {
    error: (iss) =>
      `expected a guide section such as "/topics/port-out/#family-plan" or "/deadline/#tool", got "${String(iss.input)}"`,
  }),
});
export type Question = z.infer<typeof questionSchema>;

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

export const COLLECTIONS = {
  carriers: { dir: 'carriers', schema: carrierSchema },
  cardTypes: { dir: 'card-types', schema: cardTypeSchema },
  topics: { dir: 'topics', schema: topicSchema },
} as const;
export type CollectionName = keyof typeof COLLECTIONS;

/** For lists of collection entries: keeps the carriers that still sell service, typed as such. */
export function isActiveEntry<T extends { data: Carrier }>(entry: T): entry is T & { data: ActiveCarrier } {
  return isActive(entry.data);
}
