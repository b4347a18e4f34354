// Nothing from the spam list (domains and handles from the source articles) anywhere in a content file.
import type { Report } from './types.ts';

/** One pattern a line, as in config/spam-patterns.txt: extended regular expressions, matched case-insensitively. */
export function parseSpamPatterns(text: string): RegExp[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => new RegExp(l, 'im'));
}

/** Reports the first hit of each pattern in `raw`, the file as written. */
export function checkSpam(raw: string, spam: readonly RegExp[], report: Report): void {
  for (const pattern of spam) {
    const hit = pattern.exec(raw);
    if (hit) report('(anywhere)', `contains "${hit[0]}", which matches the spam pattern ${pattern.source}; remove it`);
  }
}
