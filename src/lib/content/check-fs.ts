// The whole content check for one content root, shared by the build integration and
// `npm run check:content`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PUBLISHED_ANCHORS_FILE, type AnchorRegistry } from '../host/anchors.ts';
import { readReservedPaths } from '../host/pages-fs.ts';
import {
  CHECKLISTS_FILE,
  DECISION_FILE,
  PHONE_SCRIPT_FILE,
  PUBLISHERS_FILE,
  QUESTIONS_FILE,
  SEARCH_TASKS_FILE,
  SOURCES_FILE,
  TERMS_FILE,
  readEntries,
  readYamlFile,
} from './load-fs.ts';
import { validateSearchTasks, validateTerms } from './rules/terms-file.ts';
import { checkOverrides } from '../edition/convert-fs.ts';
import {
  parseSpamPatterns,
  validateChecklists,
  validateDecision,
  validateEntries,
  validatePhoneScript,
  validatePublishers,
  validateQuestions,
  validateSources,
  type ContentProblem,
} from './validate.ts';

/** The advice files every carrier guide and /start/ need: what each holds, and its check. */
const ADVICE_FILES = [
  { name: DECISION_FILE, holds: 'the questions of /start/' },
  { name: CHECKLISTS_FILE, holds: "the checklists of a carrier guide's “before you start”" },
  { name: PHONE_SCRIPT_FILE, holds: 'the phone-script template of the carrier guides' },
] as const;

/** Every guide, the questions list, the advice files and the publisher and source registries under `contentRoot`, checked together. */
export function checkContent(contentRoot: string, spamFile: string): { guides: number; problems: ContentProblem[] } {
  const entries = readEntries(contentRoot);
  const spam = parseSpamPatterns(readFileSync(spamFile, 'utf8'));
  const questions = readYamlFile(contentRoot, QUESTIONS_FILE);
  const published: AnchorRegistry = JSON.parse(readFileSync(PUBLISHED_ANCHORS_FILE, 'utf8'));
  const publishersFile = readYamlFile(contentRoot, PUBLISHERS_FILE);
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
  const sourcesFile = readYamlFile(contentRoot, SOURCES_FILE);
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
  const terms = readYamlFile(contentRoot, TERMS_FILE);
  const tasks = readYamlFile(contentRoot, SEARCH_TASKS_FILE);
  const topics = new Set(entries.filter((e) => e.collection === 'topics').map((e) => e.slug));
  const advice = ADVICE_FILES.flatMap(({ name, holds }): ContentProblem[] => {
    const read = readYamlFile(contentRoot, name, process.cwd());
    if (!read) return [{ file: join(contentRoot, name), field: '(file)', message: `expected ${holds}` }];
    if (name === DECISION_FILE) return validateDecision(read.file, read.data, read.raw, spam, topics);
    if (name === CHECKLISTS_FILE) return validateChecklists(read.file, read.data, read.raw, spam);
    return validatePhoneScript(read.file, read.data, read.raw, spam);
  });
  return {
    guides: entries.length,
    problems: [
      ...publishers.problems,
      ...sources.problems,
      ...validateEntries(entries, spam, publishers.registry, sources, readReservedPaths()),
      ...(questions ? validateQuestions(questions.file, questions.data, questions.raw, spam, published) : []),
      ...(terms ? validateTerms(terms.file, terms.data, terms.raw).problems : []),
      ...(tasks ? validateSearchTasks(tasks.file, tasks.data, tasks.raw) : []),
      ...checkOverrides(contentRoot).problems,
      ...advice,
    ],
  };
}
