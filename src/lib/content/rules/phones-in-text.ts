// Phone numbers are written once, in contacts; text refers to them as [[id]].
import type { Carrier } from '../../../schemas/index.ts';
import type { Report } from './types.ts';

/** North American numbers written in text (800-331-0500, (800) 331 0500, 1.800.331.0500), as 10 digits. */
export function phoneNumbersIn(text: string): string[] {
  return [...text.matchAll(/(?<![\d.-])(?:\+?1[-. ]?)?\(?([2-9]\d{2})\)?[-. ]?(\d{3})[-. ](\d{4})(?![\d-])/g)].map(
    (m) => `${m[1]}${m[2]}${m[3]}`,
  );
}

/** No number in the frontmatter text or the MDX body that is not one of the guide's contacts. */
export function checkPhonesInText(carrier: Carrier, body: string, report: Report): void {
  const known = new Set(
    carrier.contacts.phones
      .flatMap((p) => [p.number, p.fromAbroad.number])
      .filter(Boolean)
      .map((n) => n!.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '')),
  );
  const checkPhones = (value: unknown, path: string) => {
    if (Array.isArray(value)) {
      for (const [i, v] of value.entries()) checkPhones(v, `${path}[${i}]`);
      return;
    }
    if (value && typeof value === 'object' && !(value instanceof Date)) {
      for (const [k, v] of Object.entries(value))
        if (k !== 'sources' && k !== 'url') checkPhones(v, path ? `${path}.${k}` : k);
    } else if (typeof value === 'string') {
      for (const number of phoneNumbersIn(value)) {
        if (!known.has(number))
          report(
            path,
            `mentions the phone number ${number}, which is not in contacts.phones; add it there and write [[its-id]]`,
          );
      }
    }
  };
  checkPhones({ ...carrier, contacts: undefined, sources: undefined }, '');
  for (const [i, line] of body.split('\n').entries()) checkPhones(line, `body line ${i + 1}`);
}
