import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import {
  carrierSchema,
  cardTypeSchema,
  checklistsSchema,
  decisionSchema,
  phoneScriptSchema,
  topicSchema,
  questionSchema,
  sourceEntrySchema,
  COLLECTIONS,
} from './schemas/index.ts';
import {
  CHECKLISTS_FILE,
  DECISION_FILE,
  PHONE_SCRIPT_FILE,
  QUESTIONS_FILE,
  SOURCES_FILE,
  parseYamlData,
} from './lib/content/load-fs.ts';
import { CONTENT_ROOT } from '../site.config.mjs';

// The content check (src/integrations/content-check.ts) has already run these schemas with
// friendlier messages; Astro runs them again to type the entries.
const questionsFile = `${CONTENT_ROOT}/${QUESTIONS_FILE}`;
// Every page the guides cite, written once; guides cite these by id (src/lib/guide/guides.ts resolves them).
const sourcesFile = `${CONTENT_ROOT}/${SOURCES_FILE}`;
/** A YAML file that is one document, as a collection of one entry with the collection's name as its id. */
const wholeFile = (name: string, id: string) =>
  file(`${CONTENT_ROOT}/${name}`, { parser: (raw) => ({ [id]: parseYamlData(raw) as Record<string, unknown> }) });
const guides = (dir: string) => glob({ pattern: '*.{md,mdx}', base: `./${CONTENT_ROOT}/${dir}` });

export const collections = {
  carriers: defineCollection({ loader: guides(COLLECTIONS.carriers.dir), schema: carrierSchema }),
  cardTypes: defineCollection({ loader: guides(COLLECTIONS.cardTypes.dir), schema: cardTypeSchema }),
  topics: defineCollection({ loader: guides(COLLECTIONS.topics.dir), schema: topicSchema }),
  questions: defineCollection({ loader: file(questionsFile), schema: questionSchema }),
  sources: defineCollection({ loader: file(sourcesFile), schema: sourceEntrySchema }),
  decision: defineCollection({ loader: wholeFile(DECISION_FILE, 'decision'), schema: decisionSchema }),
  checklists: defineCollection({ loader: wholeFile(CHECKLISTS_FILE, 'checklists'), schema: checklistsSchema }),
  phoneScript: defineCollection({ loader: wholeFile(PHONE_SCRIPT_FILE, 'phoneScript'), schema: phoneScriptSchema }),
};
