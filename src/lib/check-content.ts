// The whole content check for one content root, shared by the build integration and
// `npm run check:content`.
import { readFileSync } from 'node:fs';
import { readEntries, readQuestions } from './load-content.ts';
import { parseSpamPatterns, validateEntries, validateQuestions, type ContentProblem } from './validate-content.ts';

export function checkContent(contentRoot: string, spamFile: string): { guides: number; problems: ContentProblem[] } {
  const entries = readEntries(contentRoot);
  const spam = parseSpamPatterns(readFileSync(spamFile, 'utf8'));
  const questions = readQuestions(contentRoot);
  return {
    guides: entries.length,
    problems: [...validateEntries(entries, spam), ...(questions ? validateQuestions(questions.file, questions.data, questions.raw, spam) : [])],
  };
}
