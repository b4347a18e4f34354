// Section ids the page templates add themselves. They are part of every shared link, so they
// are fixed here once and content may not reuse them. Their headings are in the UI dictionary
// (groups carrierSection and guideSection); labels.ts gives them by id.

export const CARRIER_SECTION_KEYS = [
  'at-a-glance',
  'ended',
  'decide',
  'situations',
  'before-you-start',
  'cancel',
  'port-out',
  'phone-script',
  'money',
  'stop-paying',
  'pause',
  'abroad',
  'keep-number',
  'notes',
  'faq',
  'sources',
] as const;
export type CarrierSectionId = (typeof CARRIER_SECTION_KEYS)[number];

/** The carrier-guide sections a search for a carrier and a task opens (content/search-tasks.yaml). */
export const TASK_SECTIONS = ['cancel', 'port-out', 'phone-script', 'money', 'stop-paying', 'pause', 'abroad'] as const;
export type TaskSection = (typeof TASK_SECTIONS)[number];

export const GUIDE_SECTION_KEYS = ['carriers', 'faq', 'sources'] as const;

/** Sub-headings of the generated phone script. */
export const SCRIPT_IDS = ['script-keep', 'script-cancel', 'script-both', 'script-agent', 'script-pause'] as const;

export const CARRIER_SECTION_IDS: readonly string[] = [...CARRIER_SECTION_KEYS, ...SCRIPT_IDS];
export const GUIDE_SECTION_IDS: readonly string[] = GUIDE_SECTION_KEYS;
