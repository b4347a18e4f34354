// The Taiwan edition's link-preview cards; its pages are written from the default edition's by
// src/integrations/edition.ts, which points their og:image here.
import type { GetStaticPaths } from 'astro';
import { ogCardPaths } from '../../og/_cards.ts';

export const getStaticPaths = (() => ogCardPaths('zh-TW')) satisfies GetStaticPaths;
export { GET } from '../../og/_cards.ts';
