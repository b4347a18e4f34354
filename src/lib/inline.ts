// Text in frontmatter may point at one of the guide's contacts as [[contact-id]], so a phone
// number is written once (in contacts) and every step that mentions it renders the same link.

export type InlinePart = { kind: 'text'; value: string } | { kind: 'ref'; id: string };

const REF = /\[\[([a-z0-9-]+)\]\]/g;

export function splitInline(text: string): InlinePart[] {
  const parts: InlinePart[] = [];
  let last = 0;
  for (const match of text.matchAll(REF)) {
    if (match.index > last) parts.push({ kind: 'text', value: text.slice(last, match.index) });
    parts.push({ kind: 'ref', id: match[1]! });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', value: text.slice(last) });
  return parts;
}

export function inlineRefs(text: string): string[] {
  return [...text.matchAll(REF)].map((m) => m[1]!);
}
