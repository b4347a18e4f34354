// Checks every guide before Astro builds anything, so bad content stops the build with one message
// per problem that names the file, the field and what was expected. Each rule is one file in rules/.
import {
  COLLECTIONS,
  anchorId,
  type Carrier,
  type PublisherRegistry,
  type Source,
  type Topic,
} from '../../schemas/index.ts';
import { normalizeAlias } from '../search/aliases.ts';
import { CARRIER_SECTION_IDS, GUIDE_SECTION_IDS } from '../guide/sections.ts';
import { yamlComments } from './yaml-comments.ts';
import { checkBody } from './rules/body.ts';
import { checkCarrierAnchors } from './rules/carrier-anchors.ts';
import { checkCarrierRefs } from './rules/carrier-refs.ts';
import { checkLabelSources } from './rules/label-sources.ts';
import { checkOfficialSource } from './rules/official-source.ts';
import { checkPhonesInText } from './rules/phones-in-text.ts';
import { checkSourceLabels } from './rules/source-labels.ts';
import { resolveCitations } from './rules/citations.ts';
import type { SourceRegistryFile } from './rules/sources-file.ts';
import { checkUncitedSources } from './rules/uncited-sources.ts';
import { checkSpam } from './rules/spam.ts';
import { checkTopicCarriers } from './rules/topic-carriers.ts';
import { checkTopicRefs } from './rules/topic-refs.ts';
import { checkUniqueAnchors } from './rules/unique-anchors.ts';
import { commentMessage, fieldPath, type ContentProblem, type RawEntry } from './rules/types.ts';

export type { ContentProblem, RawEntry } from './rules/types.ts';
export { BODY_COMPONENTS } from './rules/body.ts';
export { phoneNumbersIn } from './rules/phones-in-text.ts';
export { validatePublishers } from './rules/publishers-file.ts';
export { validateQuestions } from './rules/questions-file.ts';
export { validateSources, type SourceRegistryFile } from './rules/sources-file.ts';
export { validateChecklists } from './rules/checklists-file.ts';
export { validateDecision } from './rules/decision-file.ts';
export { validatePhoneScript } from './rules/phone-script-file.ts';
export { parseSpamPatterns } from './rules/spam.ts';

/**
 * Every check that needs the whole site: per guide (schema, ids, references, body, official labels of each
 * citation) and across guides (names, short links, registry entries nobody cites). `publishers` is
 * content/publishers.yaml parsed; `sources` is the source registry (content/sources.yaml) as checked;
 * `reservedPaths` are the top-level names of the site's own routes and files, which no short link may take.
 */
export function validateEntries(
  entries: RawEntry[],
  spam: RegExp[],
  publishers: PublisherRegistry,
  sources: SourceRegistryFile,
  reservedPaths: readonly string[],
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const cited = new Set<string>();
  const ownNames = new Map<string, { file: string; alias: string }>();
  const shortNames = new Map<string, string>();
  const slugs = new Map<string, string>();
  const carrierSlugs = new Set(entries.filter((e) => e.collection === 'carriers').map((e) => e.slug));

  for (const entry of entries) {
    const report = (field: string, message: string) => problems.push({ file: entry.file, field, message });

    if (!anchorId.safeParse(entry.slug).success) {
      report('(file name)', `expected a lower-case ASCII file name such as "t-mobile.mdx", got "${entry.slug}"`);
    }
    const slugKey = `${entry.collection}/${entry.slug}`;
    if (slugs.has(slugKey))
      report('(file name)', `duplicate slug "${entry.slug}": ${slugs.get(slugKey)} has the same URL`);
    slugs.set(slugKey, entry.file);

    checkSpam(entry.raw, spam, report);

    if (entry.yamlError) {
      report('(frontmatter)', `expected valid YAML between the --- lines: ${entry.yamlError}`);
      continue;
    }
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(entry.raw)?.[1] ?? '';
    for (const c of yamlComments(frontmatter)) report(`line ${c.line + 1}`, commentMessage(c.text));
    const parsed = COLLECTIONS[entry.collection].schema.safeParse(entry.data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) report(fieldPath(issue.path), issue.message);
      continue;
    }
    const citations = parsed.data.sources;
    for (const c of citations) cited.add(c.id);
    const resolved = resolveCitations(citations, sources, report);
    const data = { ...parsed.data, sources: resolved.filter((s): s is Source => s !== undefined) };
    checkSourceLabels(resolved, { collection: entry.collection, slug: entry.slug }, publishers, report);
    checkUniqueAnchors(
      citations.map((s, i): [string, string] => [s.id, `sources[${i}]`]),
      new Set(),
      report,
    );
    const bodyAnchors = checkBody(entry, data.sources, report);
    const faqAnchors = data.faq.map((f, i): [string, string] => [f.id, `faq[${i}].id`]);

    if (entry.collection === 'carriers') {
      const carrier = data as Carrier;
      checkCarrierRefs(carrier, report);
      checkOfficialSource(carrier, report);
      checkLabelSources(carrier, report);
      checkPhonesInText(carrier, entry.body, report);
      checkCarrierAnchors(carrier, report);
      checkUniqueAnchors([...bodyAnchors, ...faqAnchors], new Set(CARRIER_SECTION_IDS), report);
      for (const [i, alias] of [carrier.name, ...carrier.aliases].entries()) {
        const key = normalizeAlias(alias);
        const other = ownNames.get(key);
        const field = i === 0 ? 'name' : `aliases[${i - 1}]`;
        if (other && other.file !== entry.file)
          report(
            field,
            `"${alias}" is already a name of ${other.file} ("${other.alias}"); a carrier's own names must be unique`,
          );
        else ownNames.set(key, { file: entry.file, alias });
      }
      carrier.shortNames.forEach((short, i) => {
        const other = shortNames.get(short);
        if (other && other !== entry.file)
          report(`shortNames[${i}]`, `short link "/${short}/" is already used by ${other}`);
        if (reservedPaths.includes(short))
          report(`shortNames[${i}]`, `"/${short}/" is a page of the site itself; choose another short name`);
        shortNames.set(short, entry.file);
      });
    } else {
      checkUniqueAnchors([...bodyAnchors, ...faqAnchors], new Set(GUIDE_SECTION_IDS), report);
      checkTopicRefs(data.faq, data.sources, report);
      if (entry.collection === 'topics') checkTopicCarriers((data as Topic).carriers, carrierSlugs, report);
    }

    const future = data.reviewed.getTime() - Date.now();
    if (future > 86_400_000) report('reviewed', 'expected a date that is not in the future');
  }
  problems.push(...checkUncitedSources(sources, cited));
  return problems;
}

export function formatProblems(problems: ContentProblem[]): string {
  const lines = problems.map((p) => `  ${p.file} → ${p.field}: ${p.message}`);
  return `Content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`;
}
