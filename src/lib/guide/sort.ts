// Carriers in A–Z order the way a reader scans a list: case-insensitive, ignoring punctuation.
const collator = new Intl.Collator('en', { sensitivity: 'base', ignorePunctuation: true });

export function byName(a: { data: { name: string } }, b: { data: { name: string } }): number {
  return collator.compare(a.data.name, b.data.name);
}

/** The letter a carrier is listed under in the A–Z index. */
export function initial(name: string): string {
  const letter = name
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]/g, '')
    .charAt(0)
    .toUpperCase();
  return /[A-Z]/.test(letter) ? letter : '#';
}
