// MDX bodies: headings carry explicit ids, only known components, and source markers that resolve.
import { anchorId } from '../../../schemas/index.ts';
import type { Source } from '../../../schemas/index.ts';
import { checkRef } from './quote-refs.ts';
import type { RawEntry, Report } from './types.ts';

/** Components an MDX body may use: source markers, and tables derived from the carriers' data. */
export const BODY_COMPONENTS = ['S', 'KeepCostTable', 'LeavingChoices'];

/** Headings in an MDX body must carry an explicit id, so links to them never change. */
export function checkBody(
  entry: RawEntry,
  sources: readonly Pick<Source, 'id' | 'quotes'>[],
  report: Report,
): [string, string][] {
  const anchors: [string, string][] = [];
  let inFence = false;
  entry.body.split('\n').forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) return;
    const field = `body line ${index + 1}`;
    if (/^#{1,6}\s/.test(line)) {
      report(
        field,
        'expected a heading written as <h2 id="readable-ascii-id">…</h2>; Markdown # headings get no stable id',
      );
    }
    for (const m of line.matchAll(/<h([2-4])\b([^>]*)>/g)) {
      const id = /\bid="([^"]*)"/.exec(m[2] ?? '')?.[1];
      if (id === undefined) report(field, `expected <h${m[1]}> to have id="readable-ascii-id"`);
      else if (!anchorId.safeParse(id).success)
        report(field, `expected a lower-case ASCII heading id such as "why-port-first", got "${id}"`);
      else anchors.push([id, field]);
    }
    for (const m of line.matchAll(/<([A-Z][A-Za-z]*)\b/g)) {
      if (!BODY_COMPONENTS.includes(m[1]!))
        report(field, `<${m[1]}> is not a component guides can use; expected one of ${BODY_COMPONENTS.join(', ')}`);
    }
    for (const m of line.matchAll(/<S\s+id="([^"]*)"/g)) {
      if (m[1]!.includes('#'))
        report(
          field,
          `<S id="${m[1]}">: expected a source id alone; a quote (source#quote) is shown in the quote block beside a fact or FAQ entry, not in the body`,
        );
      else checkRef(m[1]!, sources, field, (f, message) => report(f, `<S id="${m[1]}">: ${message}`));
    }
  });
  return anchors;
}
