// Official means the publisher's own page, for this guide; a note about a copy needs `captured` or `via`.
import type { PublisherRegistry } from '../../../schemas/index.ts';
import { readOn, type Source } from '../../guide/sources.ts';
import { countsFor, INDIRECT_READ, pageOwner, type GuideId } from '../publishers.ts';
import type { Report } from './types.ts';

/**
 * Official means the publisher's own page (see content/publishers.yaml and src/lib/content/publishers.ts):
 * - `official: true` needs a URL registered to a publisher that counts for this guide, on no forum,
 *   archive or proxy page, and, when the text was read from a copy elsewhere (`via`), an unaltered copy;
 * - a note saying the page was read through a copy (the words in INDIRECT_READ) needs `captured` or `via`,
 *   unless the source is itself that copy: a third-party page on a host no publisher owns.
 */
export function checkSourceLabels(
  sources: readonly Source[],
  guide: GuideId,
  registry: PublisherRegistry,
  report: Report,
) {
  sources.forEach((source, i) => {
    const owner = pageOwner(source.url, registry);
    const page = URL.canParse(source.url) ? new URL(source.url).host + new URL(source.url).pathname : source.url;
    if (source.official) {
      if (owner.kind === 'not-publisher') {
        report(
          `sources[${i}].official`,
          `expected official: false: ${page} is a ${owner.why} page ("${owner.pattern}" in publishers.yaml), not the publisher's own; cite the publisher's URL with captured or via, or mark it third party`,
        );
      } else if (owner.kind === 'unregistered') {
        report(
          `sources[${i}].official`,
          `expected official: false, or ${page} registered to its publisher in publishers.yaml: no publisher owns this page`,
        );
      } else if (!countsFor(owner.publisher, guide, readOn(source))) {
        report(
          `sources[${i}].official`,
          `expected official: false: ${owner.publisher.name} ("${owner.pattern}") does not speak for this carrier; official means the carrier, its parent or a regulator (list "${guide.slug}" in its guides in publishers.yaml if it does)`,
        );
      } else if (source.via && !source.via.unaltered) {
        report(
          `sources[${i}].via.unaltered`,
          "expected official: false for text read from a copy that may differ from the publisher's page (via.unaltered is false)",
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
