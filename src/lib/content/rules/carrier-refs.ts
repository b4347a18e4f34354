// Every `[[contact]]`, `[[#section]]` and `sources: [...]` (and `source#quote`) in a carrier guide names something that exists.
import type { Carrier } from '../../../schemas/index.ts';
import { inlineRefs, inlineSections } from '../../guide/inline.ts';
import { CARRIER_SECTION_KEYS } from '../../guide/sections.ts';
import { checkRef } from './quote-refs.ts';
import type { Report } from './types.ts';

/** Every `[[id]]`, `[[#section]]` and source id in the carrier's frontmatter resolves. */
export function checkCarrierRefs(carrier: Carrier, report: Report): void {
  const contactIds = new Set(
    [...carrier.contacts.phones, ...carrier.contacts.dialCodes, ...carrier.contacts.sms, ...carrier.contacts.links].map(
      (c) => c.id,
    ),
  );

  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) walk(v, `${path}[${i}]`);
      return;
    }
    if (value && typeof value === 'object' && !(value instanceof Date)) {
      for (const [key, v] of Object.entries(value)) {
        const here = path ? `${path}.${key}` : key;
        if ((key === 'sources' || key === 'labelSources') && path !== '' && Array.isArray(v)) {
          v.forEach((ref, i) => {
            checkRef(ref, carrier.sources, `${here}[${i}]`, report);
          });
        } else walk(v, here);
      }
    } else if (typeof value === 'string') {
      for (const id of inlineRefs(value)) {
        if (!contactIds.has(id))
          report(
            path,
            `[[${id}]] names no contact; expected the id of a phone, dial code, SMS code or link in \`contacts\``,
          );
      }
      for (const id of inlineSections(value)) {
        if (!(CARRIER_SECTION_KEYS as readonly string[]).includes(id))
          report(
            path,
            `[[#${id}]] names no section of a carrier guide; expected one of ${CARRIER_SECTION_KEYS.join(', ')}`,
          );
      }
    }
  };
  walk({ ...carrier, sources: undefined }, '');
}
