// Text in frontmatter may point at one of the guide's contacts as [[contact-id]], so a phone
// number is written once (in contacts) and every step that mentions it renders the same link.
// A site path written in text (/topics/port-out/#family-plan) becomes a link too, and [[#pause]]
// links a section of the same page under that section's own title.

export type InlinePart =
  | { kind: 'text'; value: string }
  | { kind: 'ref'; id: string }
  | { kind: 'path'; href: string }
  | { kind: 'section'; id: string };

/** A reference in double brackets: [[contact-id]], or [[#section-id]] (group 1 is "#" or empty). */
export const REF_TOKEN = /\[\[(#?)([a-z0-9-]+)\]\]/g;

const TOKEN = new RegExp(
  `${REF_TOKEN.source}|(\\/(?:carriers|card-types|topics|questions|start|compare|deadline|changes)\\/(?:[a-z0-9-]+\\/)*(?:#[a-z0-9-]+)?)`,
  'g',
);

export function splitInline(text: string): InlinePart[] {
  const parts: InlinePart[] = [];
  let last = 0;
  for (const match of text.matchAll(TOKEN)) {
    if (match.index > last) parts.push({ kind: 'text', value: text.slice(last, match.index) });
    parts.push(
      match[3]
        ? { kind: 'path', href: match[3] }
        : match[1]
          ? { kind: 'section', id: match[2]! }
          : { kind: 'ref', id: match[2]! },
    );
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ kind: 'text', value: text.slice(last) });
  return parts;
}

export function inlineRefs(text: string): string[] {
  return splitInline(text).flatMap((p) => (p.kind === 'ref' ? [p.id] : []));
}

/** Ids of the sections named as [[#id]] in the text. */
export function inlineSections(text: string): string[] {
  return splitInline(text).flatMap((p) => (p.kind === 'section' ? [p.id] : []));
}
