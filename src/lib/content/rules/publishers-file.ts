// content/publishers.yaml: valid against its schema, no comments, unique ids.
import { publisherRegistrySchema, type PublisherRegistry } from '../../../schemas/index.ts';
import { yamlComments } from '../yaml-comments.ts';
import { commentMessage, fieldPath, type ContentProblem } from './types.ts';

/** content/publishers.yaml against its schema; returns the registry (empty when invalid) and its problems. */
export function validatePublishers(
  file: string,
  data: unknown,
  raw: string,
): { registry: PublisherRegistry; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  for (const c of yamlComments(raw)) problems.push({ file, field: `line ${c.line}`, message: commentMessage(c.text) });
  const parsed = publisherRegistrySchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      problems.push({ file, field: fieldPath(issue.path), message: issue.message });
    return { registry: { publishers: [], notPublisher: [] }, problems };
  }
  const ids = new Set<string>();
  parsed.data.publishers.forEach((p, i) => {
    if (ids.has(p.id))
      problems.push({ file, field: `publishers[${i}].id`, message: `duplicate publisher id "${p.id}"` });
    ids.add(p.id);
  });
  return { registry: parsed.data, problems };
}
