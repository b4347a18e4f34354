import type { GetStaticPaths } from 'astro';
import { ogCardPaths } from './_cards.ts';

export const getStaticPaths = (() => ogCardPaths('zh-CN')) satisfies GetStaticPaths;
export { GET } from './_cards.ts';
