// The whole content check for one content root, shared by the build integration and
// `npm run check:content`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PUBLISHED_ANCHORS_FILE, type AnchorRegistry } from '../host/anchors.ts';
import { readReservedPaths } from '../host/pages-fs.ts';
import {
  PUBLISHERS_FILE,
  SOURCES_FILE,
  readEntries,
  readPublishers,
  readQuestions,
  readSources,
  readSearchTasks,
  readTerms,
} from './load-fs.ts';
import { validateSearchTasks, validateTerms } from './rules/terms-file.ts';
import {
  parseSpamPatterns,
  validateEntries,
  validatePublishers,
  validateQuestions,
  validateSources,
  type ContentProblem,
} from './validate.ts';

/** Every guide, the questions list and the publisher and source registries under `contentRoot`, checked together. */
export function checkContent(contentRoot: string, spamFile: string): { guides: number; problems: ContentProblem[] } {
  const entries = readEntries(contentRoot);
  const spam = parseSpamPatterns(readFileSync(spamFile, 'utf8'));
  const questions = readQuestions(contentRoot);
  const published: AnchorRegistry = JSON.parse(readFileSync(PUBLISHED_ANCHORS_FILE, 'utf8'));
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
  const sourcesFile = readSources(contentRoot);
  const sources = sourcesFile
    ? validateSources(sourcesFile.file, sourcesFile.data, sourcesFile.raw)
    : {
        file: join(contentRoot, SOURCES_FILE),
        registry: new Map(),
        positions: new Map(),
        problems: [
          {
            file: join(contentRoot, SOURCES_FILE),
            field: '(file)',
            message: 'expected the source registry: every page the guides cite, once (see docs/writing-guides.md)',
          },
        ],
      };
  const terms = readTerms(contentRoot);
  const tasks = readSearchTasks(contentRoot);
  return {
    guides: entries.length,
    problems: [
      ...publishers.problems,
      ...sources.problems,
      ...validateEntries(entries, spam, publishers.registry, sources, readReservedPaths()),
      ...(questions ? validateQuestions(questions.file, questions.data, questions.raw, spam, published) : []),
      ...(terms ? validateTerms(terms.file, terms.data, terms.raw).problems : []),
      ...(tasks ? validateSearchTasks(tasks.file, tasks.data, tasks.raw) : []),
    ],
  };
}
