// What every content rule shares: the entry as read from disk, a problem, and how a rule reports one.
import type { CollectionName } from '../../../schemas/index.ts';

export interface RawEntry {
  /** Path shown in messages, e.g. content/carriers/att.mdx */
  file: string;
  collection: CollectionName;
  slug: string;
  data: unknown;
  body: string;
  /** The whole file as written, for the spam check. */
  raw: string;
  /** Set when the frontmatter is not valid YAML. */
  yamlError?: string;
}

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/** Reports one problem of the current file: the field (a path such as `contacts.phones[0].number`) and what was expected. */
export type Report = (field: string, message: string) => void;

export function fieldPath(path: readonly PropertyKey[]): string {
  return (
    path.reduce<string>(
      (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
      '',
    ) || '(frontmatter)'
  );
}

/** Why a comment in content fails: it is usually a value cut short at " #". */
export function commentMessage(comment: string): string {
  const shown = comment.length > 40 ? `${comment.slice(0, 40)}…` : comment;
  return `expected no YAML comment, found "${shown}": an unquoted value ends at " #" and the rest is dropped; quote the whole value ("…") or move the note into a field`;
}
