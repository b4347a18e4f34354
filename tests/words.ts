// UI words as tests read them: the dictionary of the site's language, and its templates turned into
// patterns, so a test asserts what the page says without restating the Chinese.
import { t, words } from '../src/i18n/index.ts';

export { t, words };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole line of `template` with any values: "找到 {n} 个结果" → /^找到 (.+?) 个结果$/. */
export function linePattern(template: string): RegExp {
  return new RegExp(
    `^${template
      .split(/\{\w+\}/)
      .map(escapeRegExp)
      .join('(.+?)')}$`,
  );
}

/** The text of `template` before its first placeholder: "已复制链接：{url}" → "已复制链接：". */
export function before(template: string): string {
  return template.split('{')[0]!;
}

/**
 * The search status once a query has an answer (a count or "nothing"), not "searching…": the start of
 * any result or no-result line (they begin 找到 / 没有, which the benchmark also reads).
 */
export const settledStatus = (dictionary: Pick<typeof words, 'search'>) =>
  new RegExp(
    `^(${(['found', 'namesFound', 'numberFound', 'none', 'noneFiltered', 'numberNone'] as const)
      .map((key) => escapeRegExp(before(dictionary.search[key])))
      .join('|')})`,
  );

export const SETTLED_STATUS = settledStatus(words);
