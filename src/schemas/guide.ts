// The three guide collections (carriers, card types, topics) and what every guide has.
import { z } from 'astro/zod';
import { channelSchema } from './cancel.ts';
import { dialCodeSchema, linkSchema, phoneSchema, smsCodeSchema } from './contacts.ts';
import { changeSchema, factSchema, faqSchema, stepSchema } from './fact.ts';
import { abroadSchema, pauseSchema } from './pause-abroad.ts';
import {
  CHANNELS,
  GROUPS,
  KINDS,
  NETWORKS,
  anchorId,
  isoDate,
  sourceRefs,
  text,
  optionalSourceRefs,
} from './primitives.ts';
import { citationSchema, sourceSchema } from './source.ts';
import { TIMELINE_FROM, timelineEventSchema } from './timeline.ts';

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

/**
 * Fields every guide has, whatever its collection. A guide's `sources` are citations of content/sources.yaml as
 * written; `resolved` gives the same fields with the sources they resolve to (what pages and open data use).
 */
const guideFields = <S extends z.ZodType>(sources: S) => ({
  title: text.max(60, { error: 'expected a title of at most 60 characters' }),
  description: text.max(160, { error: 'expected a description of at most 160 characters' }),
  reviewed: isoDate,
  /** Days after `reviewed` before the page warns that it may be out of date. */
  reviewWindowDays: z.number().int().positive().default(180),
  aliases: aliasList,
  faq: z.array(faqSchema).default([]),
  changes: z.array(changeSchema).default([]),
  sources: z.array(sources).min(1, { error: 'expected at least one source' }),
});

/** The parts an active carrier must have and an ended service must not invent. */
const ACTIVE_ONLY = ['summary', 'cancel', 'portOut', 'money', 'stopPaying'] as const;

const carrier = <S extends z.ZodType>(sources: S) =>
  z
    .strictObject({
      ...guideFields(sources),
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
          sources: optionalSourceRefs,
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
        ctx.addIssue({
          code: 'custom',
          path: ['keepNumber'],
          message: 'expected no `keepNumber` for an ended service',
        });
    });

/** A carrier guide's frontmatter as written: `sources` cites content/sources.yaml. */
export const carrierSchema = carrier(citationSchema);
/** A carrier with its sources resolved: what pages, open data and search data use. */
export const resolvedCarrierSchema = carrier(sourceSchema);
export type CarrierFrontmatter = z.infer<typeof carrierSchema>;
export type Carrier = z.infer<typeof resolvedCarrierSchema>;

/** A carrier that still sells service: every part of the guide is there. */
export type ActiveCarrier = Carrier & { status: 'active' } & Required<Pick<Carrier, (typeof ACTIVE_ONLY)[number]>>;
export type EndedCarrier = Carrier & { status: z.infer<typeof endedSchema> };

/** Narrows a carrier to one whose cancel, port-out, money and stop-paying parts exist. */
export function isActive(c: Carrier): c is ActiveCarrier {
  return c.status === 'active';
}

const cardType = <S extends z.ZodType>(sources: S) =>
  z.strictObject({ ...guideFields(sources), order: z.number().int(), shortTitle: text });
export const cardTypeSchema = cardType(citationSchema);
export type CardType = z.infer<ReturnType<typeof cardType<typeof sourceSchema>>>;

const topic = <S extends z.ZodType>(sources: S) =>
  z.strictObject({
    ...guideFields(sources),
    order: z.number().int(),
    shortTitle: text,
    /** The carriers whose own procedure or rule the topic explains: their guides link to it. */
    carriers: z.array(anchorId).default([]),
  });
export const topicSchema = topic(citationSchema);
export type Topic = z.infer<ReturnType<typeof topic<typeof sourceSchema>>>;

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
