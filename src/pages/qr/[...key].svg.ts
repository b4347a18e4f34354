import type { GetStaticPaths } from 'astro';
import { qrPaths } from './_codes.ts';

export const getStaticPaths = (() => qrPaths('zh-CN')) satisfies GetStaticPaths;
export { GET } from './_codes.ts';
