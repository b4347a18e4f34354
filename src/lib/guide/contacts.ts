// One view of every contact a guide lists, with the href and the words a reader sees.
import { t, words } from '../../i18n/index.ts';
import type { Carrier } from '../../schemas/index.ts';
import { dialDigits, formatPhone, smsHref, telHref } from './phone.ts';
import { citesOfficial } from './sources.ts';

export interface ContactView {
  id: string;
  kind: 'phone' | 'dial' | 'sms' | 'link';
  label: string;
  href: string;
  display: string;
}

export function contactViews(contacts: Carrier['contacts']): Map<string, ContactView> {
  const views: ContactView[] = [
    ...contacts.phones.map(
      (p): ContactView => ({
        id: p.id,
        kind: 'phone',
        label: p.label,
        href: telHref(p.number),
        display: formatPhone(p.number),
      }),
    ),
    ...contacts.dialCodes.map((d): ContactView => {
      const digits = dialDigits(d.code);
      return {
        id: d.id,
        kind: 'dial',
        label: d.label,
        href: telHref(d.code),
        display: digits === d.code ? d.code : t('contact.dialDigits', { code: d.code, digits }),
      };
    }),
    ...contacts.sms.map(
      (s): ContactView => ({
        id: s.id,
        kind: 'sms',
        label: s.label,
        href: smsHref(s.to, s.message),
        display: t('contact.sms', { message: s.message, to: s.to }),
      }),
    ),
    ...contacts.links.map(
      (l): ContactView => ({ id: l.id, kind: 'link', label: l.label, href: l.url, display: l.label }),
    ),
  ];
  return new Map(views.map((v) => [v.id, v]));
}

/**
 * What the page says about calling a number from abroad; a yes or no that rests only on third-party
 * sources says so (dictionary key `contact.thirdPartyOnly`).
 */
export function fromAbroadLabel(
  abroad: Carrier['contacts']['phones'][number]['fromAbroad'],
  sources: Carrier['sources'],
): string {
  if (abroad.callable === 'unknown') return words.contact.abroadUnknown;
  const said = abroad.callable ? words.contact.abroadYes : words.contact.abroadNo;
  return citesOfficial(sources, abroad.sources ?? []) ? said : t('contact.thirdPartyOnly', { said });
}
