// Which facts are high stakes: one definition for the review report, the quote coverage counts and the source
// watch's ranking. A fact is named by its field path, array items by their id when they have one
// (`contacts.phones[care]`, `stopPaying.timeline[0]`); a phone's label sources are `….label`.

/**
 * Phone numbers and their labels, calling from abroad, dial and SMS codes; account number and transfer PIN
 * (where, who, how long) and port-out locks; fees, device balance, proration, refunds (and the price of keeping
 * a number); stop-paying, its timeline and day counts; pause and abroad rules; the date a service ended.
 */
const HIGH_STAKES_FIELDS = [
  /^contacts\.(phones|dialCodes|sms)\b/,
  /^portOut\.(accountNumber|pin|pinWho|pinValidity|locks)\b/,
  /^money\./,
  /^stopPaying\./,
  /^(pause|abroad)\./,
  /^status$/,
  /^keepNumber\b/,
];

export const isHighStakesField = (field: string): boolean => HIGH_STAKES_FIELDS.some((re) => re.test(field));

const isRecord = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !(v instanceof Date);

/**
 * Every `sources` (and `labelSources`) list in a guide with the field it belongs to, array items named by their
 * id when they have one (`contacts.phones[care]`). The guide's own top-level source list is not a citation.
 */
export function citingFields(value: unknown, path: string, visit: (field: string, refs: string[]) => void): void {
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const key = isRecord(item) && typeof item.id === 'string' ? item.id : String(i);
      citingFields(item, `${path}[${key}]`, visit);
    }
    return;
  }
  if (!isRecord(value)) return;
  for (const [k, v] of Object.entries(value)) {
    if ((k === 'sources' || k === 'labelSources') && Array.isArray(v) && v.every((r) => typeof r === 'string')) {
      if (path) visit(k === 'labelSources' ? `${path}.label` : path, v as string[]);
      continue;
    }
    citingFields(v, path ? `${path}.${k}` : k, visit);
  }
}

/**
 * The high-stakes facts of a guide that rest on sources, each with every citation it makes (`id` or `id#quote`):
 * a phone's label and a fact's `conflicts` belong to the fact; calling from abroad is a fact of its own.
 */
export function highStakesFacts(data: unknown): { field: string; sources: string[] }[] {
  const facts = new Map<string, string[]>();
  citingFields(isRecord(data) ? { ...data, sources: undefined } : data, '', (field, refs) => {
    const fact = field.replace(/(\.label|\.conflicts\[\d+\])$/, '');
    if (!isHighStakesField(fact)) return;
    facts.set(fact, [...(facts.get(fact) ?? []), ...refs]);
  });
  return [...facts].map(([field, sources]) => ({ field, sources }));
}
