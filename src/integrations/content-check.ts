// Runs the content check before Astro reads any guide, so a bad file stops the build
// with a message naming the file and field instead of a half-rendered page.
import { readFileSync } from 'node:fs';
import type { AstroIntegration } from 'astro';
import { readEntries } from '../lib/load-content.ts';
import { formatProblems, parseSpamPatterns, validateEntries } from '../lib/validate-content.ts';

export function contentCheck(contentRoot: string, spamFile: string): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const entries = readEntries(contentRoot);
        const problems = validateEntries(entries, parseSpamPatterns(readFileSync(spamFile, 'utf8')));
        if (problems.length) throw new Error(formatProblems(problems));
        logger.info(`${entries.length} guides passed the content check`);
      },
    },
  };
}
