// Official means the publisher's own page, read there, for the citing guide; a note about a copy needs `captured`
// or `via`. Checked on each citation as resolved (the registry entry with the guide's own fields on top), because
// whether a publisher speaks for a guide depends on the guide.
import type { PublisherRegistry, Source } from '../../../schemas/index.ts';
import { readOn } from '../../guide/sources.ts';
import { countsFor, INDIRECT_READ, pageOwner, type GuideId } from '../publishers.ts';
import type { Report } from './types.ts';

/** Words in a note that say the text was read as someone else quoted it, not on the page itself. */
export const QUOTED_BY = /转引|引用自|引自|quoted (?:by|in|from)/i;

/**
 * Official means the publisher's own page, read there (see content/publishers.yaml):
 * - `official: true` needs a URL registered to a publisher that counts for the citing guide, on no forum,
 *   archive or proxy page;
 * - a copy read on another host (`via`) is never official, however faithful; an archived snapshot of the same
 *   URL is `captured` and stays official;
 * - a note saying the text was quoted by someone else (转引、引用自…) cannot sit on an official source;
 * - a note saying the page was read through a copy (the words in INDIRECT_READ) needs `captured` or `via`,
 *   unless the source is itself that copy: a third-party page on a host no publisher owns.
 * `sources[i]` in messages is the citation's place in the guide; the values may come from content/sources.yaml.
 */
export function checkSourceLabels(
  sources: readonly (Source | undefined)[],
  guide: GuideId,
  registry: PublisherRegistry,
  report: Report,
) {
  sources.forEach((source, i) => {
    if (!source) return;
    const owner = pageOwner(source.url, registry);
    const page = URL.canParse(source.url) ? new URL(source.url).host + new URL(source.url).pathname : source.url;
    const where = `("${source.id}" in content/sources.yaml, or this guide's citation of it)`;
    if (source.official) {
      if (owner.kind === 'not-publisher') {
        report(
          `sources[${i}].official`,
          `expected official: false ${where}: ${page} is a ${owner.why} page ("${owner.pattern}" in publishers.yaml), not the publisher's own; cite the publisher's URL with captured or via, or mark it third party`,
        );
      } else if (owner.kind === 'unregistered') {
        report(
          `sources[${i}].official`,
          `expected official: false ${where}, or ${page} registered to its publisher in publishers.yaml: no publisher owns this page`,
        );
      } else if (!countsFor(owner.publisher, guide, readOn(source))) {
        report(
          `sources[${i}].official`,
          `expected official: false in this guide's citation ({ id: ${source.id}, official: false }): ${owner.publisher.name} ("${owner.pattern}") does not speak for this carrier; official means the carrier, its parent or a regulator (list "${guide.slug}" in its guides in publishers.yaml if it does)`,
        );
      } else if (source.via && readElsewhere(source)) {
        report(
          `sources[${i}].official`,
          `expected official: false ${where}: the text was read from a copy on another host (via${source.via.url ? ` ${new URL(source.via.url).host}` : ''}), which is never the publisher's own page; an archived snapshot of the same URL is captured, not via, and stays official`,
        );
      }
      const quoted = source.note && QUOTED_BY.exec(source.note)?.[0];
      if (quoted) {
        report(
          `sources[${i}].official`,
          `expected official: false ${where}: the note says the text was quoted by someone else ("${quoted}"), so it was not read on the publisher's page; cite the page that quoted it as a third party, or read the publisher's page`,
        );
      }
    }
    const word = source.note && INDIRECT_READ.exec(source.note)?.[0];
    const isTheCopy = !source.official && owner.kind !== 'publisher';
    if (word && !source.captured && !source.via && !isTheCopy) {
      report(
        `sources[${i}].note`,
        `says the page was read through a copy ("${word}"); expected captured: <date of the archived copy, or "unknown"> for a snapshot of this URL, or via: { url, unaltered } for the copy read on another host`,
      );
    }
  });
}

/** Whether the copy read (`via`) was on another host than the page's own; a copy whose address was not recorded counts. */
function readElsewhere(source: Source): boolean {
  const host = (url: string) => new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  const copy = source.via?.url;
  return !copy || !URL.canParse(copy) || !URL.canParse(source.url) || host(copy) !== host(source.url);
}
