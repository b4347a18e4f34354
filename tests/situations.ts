// The six situations readers arrive with, each a topic guide that /start/ and the search must reach.
export const SITUATIONS = [
  'account-holder-died',
  'work-line',
  'postpaid-to-prepaid',
  'new-phone-esim',
  'roaming-bill',
  'complaints',
] as const;
