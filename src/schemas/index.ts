// The contract for guide frontmatter, one concept per file. content.config.ts hands these to Astro, and
// the content check (src/lib/content/) runs them before the build so that errors name the file and field.
// `astro/zod` is plain zod v4 re-exported; nothing here needs the Astro runtime.
export * from './primitives.ts';
export * from './source.ts';
export * from './fact.ts';
export * from './contacts.ts';
export * from './cancel.ts';
export * from './timeline.ts';
export * from './pause-abroad.ts';
export * from './guide.ts';
export * from './question.ts';
export * from './publisher.ts';
export * from './terms.ts';
export * from './search-task.ts';
export * from './decision.ts';
export * from './checklist.ts';
export * from './phone-script.ts';
export * from './edition-override.ts';
