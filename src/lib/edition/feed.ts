// A derived edition's copy of an RSS feed: titles and descriptions converted, links and guids
// pointed at the edition's pages (a reader subscribed to both sees two distinct items), its language.
// The feed (@astrojs/rss) is elements of escaped text, so each run of text is rewritten in place;
// entities are ASCII and pass through the converter untouched.
import { editionUrl, type EditionTarget } from './html.ts';

export function editionFeed(xml: string, target: EditionTarget): string {
  return xml
    .replace(/<language>[^<]*<\/language>/, `<language>${target.lang}</language>`)
    .replace(/>([^<]+)</g, (_, text: string) =>
      /^https?:\/\/\S+$/.test(text) ? `>${editionUrl(text, target)}<` : `>${target.convert(text)}<`,
    );
}
