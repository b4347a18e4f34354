// The decision helper at /start/: a few plain questions, each answer a link, ending on the exact
// guide section or on a topic guide. The questions are content/decision.yaml; this turns the tree
// into static pages, so it works without JavaScript.
import type { Carrier, Decision, DecisionChoice, DecisionNote } from '../../schemas/index.ts';
import type { CarrierSectionId } from '../guide/sections.ts';
import { topicPath } from '../site.ts';

export interface Choice {
  label: string;
  hint?: string;
  href: string;
  /** Path segments of the next page below /start/; absent when the answer opens a guide. */
  next?: string[];
}

export type DecisionPage =
  | { kind: 'question'; path: string[]; question: string; choices: Choice[] }
  | {
      kind: 'result';
      path: string[];
      title: string;
      notes: DecisionNote[];
      section: CarrierSectionId;
      carriers: (c: Carrier) => boolean;
    };

export const startPath = (path: readonly string[]) => `/start/${path.map((p) => `${p}/`).join('')}`;

/** Every page of the tree, the first question first, each page before the pages its answers lead to. */
export function decisionPages(tree: Decision): DecisionPage[] {
  const pages: DecisionPage[] = [];
  const ask = (path: string[], question: string, choices: readonly DecisionChoice[]) => {
    pages.push({
      kind: 'question',
      path,
      question,
      choices: choices.map((c) => {
        if (c.topic) return { label: c.label, hint: c.hint, href: topicPath(c.topic) };
        const next = [...path, c.id!];
        return { label: c.label, hint: c.hint, href: startPath(next), next };
      }),
    });
    for (const c of choices) {
      if (c.topic) continue;
      const next = [...path, c.id!];
      if (c.question && c.choices) ask(next, c.question, c.choices);
      else if (c.result) {
        const { kinds } = c.result;
        pages.push({
          kind: 'result',
          path: next,
          title: c.result.title,
          notes: c.result.notes ?? [],
          section: c.result.section,
          carriers: (carrier) => !kinds || kinds.includes(carrier.kind),
        });
      }
    }
  };
  ask([], tree.question, tree.choices);
  return pages;
}
