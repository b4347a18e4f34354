// The whole content check for one content root, shared by the build integration and
// `npm run check:content`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PUBLISHERS_FILE, readEntries, readPublishers, readQuestions } from './load-fs.ts';
import {
  parseSpamPatterns,
  validateEntries,
  validatePublishers,
  validateQuestions,
  type ContentProblem,
} from './validate.ts';

/** Every guide, the questions list and the publisher registry under `contentRoot`, checked together. */
export function checkContent(contentRoot: string, spamFile: string): { guides: number; problems: ContentProblem[] } {
  const entries = readEntries(contentRoot);
  const spam = parseSpamPatterns(readFileSync(spamFile, 'utf8'));
  const questions = readQuestions(contentRoot);
  const publishersFile = readPublishers(contentRoot);
  const publishers = publishersFile
    ? validatePublishers(publishersFile.file, publishersFile.data, publishersFile.raw)
    : {
        registry: { publishers: [], notPublisher: [] },
        problems: [
          {
            file: join(contentRoot, PUBLISHERS_FILE),
            field: '(file)',
            message:
              'expected the publisher registry: which hosts and paths are whose own pages (see docs/writing-guides.md)',
          },
        ],
      };
  return {
    guides: entries.length,
    problems: [
      ...publishers.problems,
      ...validateEntries(entries, spam, publishers.registry),
      ...(questions ? validateQuestions(questions.file, questions.data, questions.raw, spam) : []),
    ],
  };
}
