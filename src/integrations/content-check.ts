// Runs the content check before Astro reads any guide, so a bad file stops the build
// with a message naming the file and field instead of a half-rendered page.
import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/content/check-fs.ts';
import { formatProblems } from '../lib/content/validate.ts';

export function contentCheck(contentRoot: string, spamFile: string): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const { guides, problems } = checkContent(contentRoot, spamFile);
        if (problems.length) throw new Error(formatProblems(problems));
        logger.info(`${guides} guides passed the content check`);
      },
    },
  };
}
