// MDX bodies: <S id="source-id" /> becomes a numbered link to the sources list (numbered in the
// order of the frontmatter, like every other marker), and <h2 id>/<h3 id> headings link to themselves.
import type { Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import { toString as plainText } from 'mdast-util-to-string';
import type { VFile } from 'vfile';

type Jsx = MdxJsxFlowElement | MdxJsxTextElement;
interface GuideFrontmatter {
  sources?: (string | { id: string })[];
  bodyHeadings?: { id: string; text: string }[];
}

const attr = (node: Jsx, name: string) =>
  node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;

const element = (type: Jsx['type'], name: string, attributes: Record<string, string>, children: Jsx['children']): Jsx =>
  ({
    type,
    name,
    attributes: Object.entries(attributes).map(([k, v]) => ({ type: 'mdxJsxAttribute', name: k, value: v })),
    children,
  }) as Jsx;

export function remarkGuideBody() {
  return (tree: Root, file: VFile) => {
    const frontmatter = (file.data as { astro?: { frontmatter?: GuideFrontmatter } }).astro?.frontmatter;
    // Citations as written: an id, or { id, … } with what differs for this guide.
    const sourceIds = (frontmatter?.sources ?? []).map((s) => (typeof s === 'string' ? s : s.id));
    const headings: { id: string; text: string }[] = [];
    visit(tree, (node) => {
      if (node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') return;
      const jsx = node as Jsx;
      if (jsx.name === 'S') {
        const id = String(attr(jsx, 'id') ?? '');
        const n = sourceIds.indexOf(id) + 1;
        if (n === 0) throw new Error(`${file.path}: <S id="${id}"> names no entry in \`sources\``);
        Object.assign(
          jsx,
          element('mdxJsxTextElement', 'a', { href: `#src-${n}` }, [{ type: 'text', value: `[${n}]` }]),
        );
      } else if ((jsx.name === 'h2' || jsx.name === 'h3') && typeof attr(jsx, 'id') === 'string') {
        const id = attr(jsx, 'id') as string;
        if (jsx.name === 'h2') headings.push({ id, text: plainText(jsx) });
        const already = jsx.children.length === 1 && (jsx.children[0] as Jsx).name === 'a';
        if (!already)
          jsx.children = [
            element(
              'mdxJsxTextElement',
              'a',
              { href: `#${id}` },
              jsx.children as MdxJsxTextElement['children'],
            ) as MdxJsxTextElement,
          ];
      }
    });
    // Astro's own heading list skips JSX headings; the page's table of contents reads this one.
    if (frontmatter) frontmatter.bodyHeadings = headings;
  };
}
