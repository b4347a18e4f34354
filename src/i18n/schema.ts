// The shape of a UI dictionary: every group and key a language must give, as Starlight's i18n
// schema does for its translations. Groups keyed by a schema enum take their keys from that enum, so
// a new enum value without a label fails here, naming the language file and the key.
import { z } from 'astro/zod';
import { CHANNELS, GROUPS, KINDS } from '../schemas/primitives.ts';
import { PAUSE_AVAILABILITY, YES_NO } from '../schemas/pause-abroad.ts';
import { QUESTION_THEMES } from '../schemas/question.ts';
import { EVENT_KINDS, TIMELINE_FROM } from '../schemas/timeline.ts';
import { CARRIER_SECTION_KEYS, GUIDE_SECTION_KEYS } from '../lib/guide/sections.ts';

/** A group of UI words, one non-empty string for each of `keys` and nothing else. */
function group<const K extends string>(keys: readonly K[]) {
  return z.strictObject(
    Object.fromEntries(
      keys.map((k) => [k, z.string().min(1, { error: 'expected the word, not an empty string' })]),
    ) as {
      [P in K]: z.ZodString;
    },
  );
}

export const uiDictionarySchema = z.strictObject({
  site: group(['name', 'tagline', 'skipToContent', 'feedTitle', 'titleSeparator', 'listSeparator']),
  kind: group(KINDS),
  group: group(GROUPS),
  channel: group(CHANNELS),
  theme: group(QUESTION_THEMES),
  pause: group(PAUSE_AVAILABILITY),
  texts: group(YES_NO),
  difficulty: group(['easy', 'medium', 'hard', 'ruleChannels', 'rulePin']),
  carrierSection: group(CARRIER_SECTION_KEYS),
  guideSection: group(GUIDE_SECTION_KEYS),
  timelineFrom: group(TIMELINE_FROM),
  timelineEvent: group(EVENT_KINDS),
  timeline: group(['portableTrue', 'portableFalse', 'portableUnknown', 'afterMonths', 'day0', 'day', 'range']),
  status: group(['ended', 'endedOn', 'notApplicable', 'notApplicableBecause', 'unknownBecause', 'thirdPartyOnly']),
  compare: group([
    'rowHeading',
    'onlineYes',
    'onlineSome',
    'onlineNo',
    'keepMonthly',
    'keepEvery',
    'offsetLine',
    'lineSeparator',
    'difficulty',
    'channels',
    'online',
    'pin',
    'pinValidity',
    'stopPaying',
    'pause',
    'abroad',
    'keepNumber',
    'pauseLine',
  ]),
  leaving: group([
    'keepAbroadRules',
    'seeSection',
    'notFound',
    'portPinKnown',
    'portPinUnknown',
    'lapseGone',
    'lapseUnknown',
  ]),
  contact: group([
    'sms',
    'dialDigits',
    'abroadUnknown',
    'abroadYes',
    'abroadNo',
    'thirdPartyOnly',
    'fromAbroadLabel',
    'smsTo',
  ]),
  source: group([
    'quotes',
    'viaHost',
    'viaElsewhere',
    'via',
    'unaltered',
    'maybeAltered',
    'capturedUnknown',
    'captured',
    'pageDate',
    'archivedOn',
    'checkedOn',
  ]),
  og: group(['cardType', 'topic', 'carrier', 'siteTitle', 'siteEyebrow']),
  feed: group(['title', 'description']),
  search: group([
    'searching',
    'found',
    'none',
    'noneFiltered',
    'namesFound',
    'numberFound',
    'numberNone',
    'numberUnlisted',
    'scamsBefore',
    'scamsLink',
    'scamsAfter',
    'callerIdWarning',
    'numberLine',
    'officialSource',
    'thirdPartySource',
    'correctedBefore',
    'shownAs',
    'searchedAs',
    'fullText',
    'more',
    'suggestBefore',
    'suggestAfter',
    'filters',
    'filtersChosen',
    'listSeparator',
    'sectionsFound',
    'siteWordsBefore',
  ]),
  searchLoad: group([
    'stillTrying',
    'notLoaded',
    'fullTextNotLoaded',
    'failed',
    'timedOut',
    'whatCode',
    'whatData',
    'whatFullText',
    'retry',
    'azBefore',
    'azLink',
    'azAfter',
  ]),
  page: group(['toc', 'report', 'qrAlt', 'pageAddress']),
  share: group(['copyLink', 'copied', 'copyFailed']),
  checklist: group(['reset']),
  deadline: group(['day0', 'heading', 'range']),
  calendar: group(['eventSummary', 'eventRange', 'eventDescription', 'calendarName', 'reminder']),
});

export type UiDictionary = z.infer<typeof uiDictionarySchema>;
