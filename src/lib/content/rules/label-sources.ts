// A phone label that says what the number is for needs a source that says so.
import type { Carrier } from '../../../schemas/index.ts';
import { labelPurposes } from '../publishers.ts';
import type { Report } from './types.ts';

/** Labels naming a purpose (prepaid, abroad, business…) carry `labelSources`. */
export function checkLabelSources(carrier: Carrier, report: Report): void {
  carrier.contacts.phones.forEach((phone, i) => {
    const purposes = labelPurposes(phone.label);
    if (purposes.length && !phone.labelSources?.length) {
      report(
        `contacts.phones[${i}].labelSources`,
        `the label "${phone.label}" says what the number is for (${purposes.join(', ')}); expected labelSources: the ids of the sources that say this number is for that (repeat an id from \`sources\` if that page says it), or a label that claims no purpose`,
      );
    }
  });
}
