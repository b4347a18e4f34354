// Reads the guides from disk for the pre-build content check.
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative, extname, basename } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { parse as parseYaml } from 'yaml';
import {
  COLLECTIONS,
  carrierSchema,
  sourceEntrySchema,
  type Carrier,
  type CollectionName,
} from '../../schemas/index.ts';
import { sourceRegistry, withSources, type SourceRegistry } from './sources.ts';
import { redirectsFor, type Redirect } from '../host/redirects.ts';
import type { RawEntry } from './validate.ts';

export const GUIDE_EXTENSIONS = ['.md', '.mdx'];

export function readEntries(contentRoot: string, cwd = process.cwd()): RawEntry[] {
  const entries: RawEntry[] = [];
  for (const [collection, { dir }] of Object.entries(COLLECTIONS) as [CollectionName, { dir: string }][]) {
    const folder = join(contentRoot, dir);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder).sort()) {
      if (!GUIDE_EXTENSIONS.includes(extname(name))) continue;
      const path = join(folder, name);
      const raw = readFileSync(path, 'utf8');
      const file = relative(cwd, path);
      try {
        const { frontmatter, content } = parseFrontmatter(raw, { frontmatter: 'remove' });
        entries.push({ file, collection, slug: basename(name, extname(name)), data: frontmatter, body: content, raw });
      } catch (error) {
        // YAML syntax errors: keep the entry so the check reports it with the file name.
        entries.push({
          file,
          collection,
          slug: basename(name, extname(name)),
          data: undefined,
          body: '',
          raw,
          yamlError: String(error),
        });
      }
    }
  }
  return entries;
}

export const QUESTIONS_FILE = 'questions.yaml';
export const PUBLISHERS_FILE = 'publishers.yaml';
export const SOURCES_FILE = 'sources.yaml';
/** Advice written once for every carrier guide: the /start/ tree, the checklists, the phone script. */
export const DECISION_FILE = 'decision.yaml';
export const CHECKLISTS_FILE = 'checklists.yaml';
export const PHONE_SCRIPT_FILE = 'phone-script.yaml';

/** The source registry under `contentRoot`, parsed; throws when it is missing or invalid (the content check says why). */
export function readSourceRegistry(contentRoot: string): SourceRegistry {
  const file = readYamlFile(contentRoot, SOURCES_FILE);
  if (!file) throw new Error(`no ${SOURCES_FILE} in ${contentRoot}`);
  return sourceRegistry(sourceEntrySchema.array().parse(file.data));
}

/**
 * A guide's frontmatter parsed by its collection's schema, with its citations resolved against `registry`:
 * the data the pages use. Throws when the guide is invalid (the content check says why).
 */
export function parseGuide<C extends CollectionName>(
  entry: { collection: C; data: unknown },
  registry: SourceRegistry,
) {
  return withSources(COLLECTIONS[entry.collection].schema.parse(entry.data), registry);
}

/** A carrier guide's frontmatter parsed, with its citations resolved against `registry`. */
export function parseCarrier(data: unknown, registry: SourceRegistry): Carrier {
  return withSources(carrierSchema.parse(data), registry);
}

export const TERMS_FILE = 'terms.yaml';
export const SEARCH_TASKS_FILE = 'search-tasks.yaml';

/**
 * A YAML data file of the content root (QUESTIONS_FILE, PUBLISHERS_FILE, SOURCES_FILE, TERMS_FILE…), if it
 * exists: its data (or `{ yamlError }`), raw text and path relative to `cwd` for messages.
 */
export function readYamlFile(
  contentRoot: string,
  name: string,
  cwd = process.cwd(),
): { file: string; data: unknown; raw: string } | undefined {
  const path = join(contentRoot, name);
  if (!existsSync(path)) return undefined;
  const raw = readFileSync(path, 'utf8');
  const file = relative(cwd, path);
  try {
    return { file, data: parseYamlData(raw), raw };
  } catch (error) {
    return { file, data: { yamlError: String(error) }, raw };
  }
}

/** A data file that is one document, parsed by its schema; throws naming the file. For tools and tests. */
export function loadDataFile<T>(contentRoot: string, name: string, schema: { parse(data: unknown): T }): T {
  const read = readYamlFile(contentRoot, name, process.cwd());
  if (!read) throw new Error(`${join(contentRoot, name)}: no such file`);
  try {
    return schema.parse(read.data);
  } catch (error) {
    throw new Error(`${read.file}: ${String(error)}`);
  }
}

/**
 * YAML 1.2 with timestamps read as dates, as Astro reads a guide's frontmatter, so a date in a data file
 * means the same as a date in a guide. Throws on a syntax error.
 */
export function parseYamlData(raw: string): unknown {
  return parseYaml(raw, { customTags: ['timestamp'] });
}

export const RENAMED_PAGES_FILE = 'config/redirects.json';

/** Renamed or moved pages: old path → new path ("/carriers/old/" → "/carriers/new/"). */
export function readRenamedPages(file = RENAMED_PAGES_FILE): Record<string, string> {
  return (JSON.parse(readFileSync(file, 'utf8')) as { redirects: Record<string, string> }).redirects;
}

/** Every short link and renamed page, from the carriers' frontmatter and config/redirects.json. */
export function readRedirects(contentRoot: string): Redirect[] {
  const carriers = readEntries(contentRoot)
    .filter((e) => e.collection === 'carriers')
    .map((e) => ({ slug: e.slug, shortNames: COLLECTIONS.carriers.schema.parse(e.data).shortNames }));
  return redirectsFor(carriers, readRenamedPages());
}

/** Every file below `dir`, at any depth, as paths joined to `dir`. */
export function walkFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walkFiles(path) : [path];
  });
}
