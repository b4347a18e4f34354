// Browser code's words, as small generated modules: `import words from 'virtual:ui-words/search'`
// gives one group of the UI dictionary in the site's language, so a script ships its own words and
// no other group (the deadline tool's eager script would not fit its budget with the search strings).
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DEFAULT_LOCALE, LOCALES } from '../i18n/config.ts';
import type { UiDictionary } from '../i18n/schema.ts';

const PREFIX = 'virtual:ui-words/';
/** The groups browser code may import; the rest stay on the server. */
export const BROWSER_GROUPS = [
  'search',
  'searchLoad',
  'share',
  'checklist',
  'deadline',
  'calendar',
] as const satisfies readonly (keyof UiDictionary)[];

/** The type of each generated module, one declaration per browser group, for .astro/types.d.ts. */
function moduleTypes(): string {
  const schema = fileURLToPath(new URL('../i18n/schema.ts', import.meta.url));
  return BROWSER_GROUPS.map(
    (group) =>
      `declare module '${PREFIX}${group}' {\n  const words: import('${schema}').UiDictionary['${group}'];\n  export default words;\n}`,
  ).join('\n');
}

export function uiWords(): AstroIntegration {
  return {
    name: 'ui-words',
    hooks: {
      'astro:config:done': ({ injectTypes }) => {
        injectTypes({ filename: 'modules.d.ts', content: moduleTypes() });
      },
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'ui-words',
                resolveId: (id) => (id.startsWith(PREFIX) ? `\0${id}` : undefined),
                load(id) {
                  if (!id.startsWith(`\0${PREFIX}`)) return undefined;
                  const group = id.slice(PREFIX.length + 1) as (typeof BROWSER_GROUPS)[number];
                  if (!BROWSER_GROUPS.includes(group))
                    throw new Error(`${id}: no browser group "${group}" in the UI dictionary`);
                  return `export default ${JSON.stringify(LOCALES[DEFAULT_LOCALE].words[group])};`;
                },
              },
            ],
          },
        });
      },
    },
  };
}
