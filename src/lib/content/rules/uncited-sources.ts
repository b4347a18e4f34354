// Every entry of content/sources.yaml is cited by at least one guide.
import type { SourceRegistryFile } from './sources-file.ts';
import type { ContentProblem } from './types.ts';

/** Registry entries that no guide cites, one problem each, naming the entry by its place in the file. */
export function checkUncitedSources(sources: SourceRegistryFile, cited: ReadonlySet<string>): ContentProblem[] {
  return [...sources.positions]
    .filter(([id]) => !cited.has(id))
    .map(([id, i]) => ({
      file: sources.file,
      field: `[${i}].id`,
      message: `no guide cites "${id}"; expected every entry to be cited by at least one guide (remove it, or cite it where it is used)`,
    }));
}
