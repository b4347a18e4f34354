import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { COLLECTIONS } from './lib/schema.ts';
import { CONTENT_ROOT } from '../site.config.mjs';

const collection = ({ dir, schema }: (typeof COLLECTIONS)[keyof typeof COLLECTIONS]) =>
  defineCollection({ loader: glob({ pattern: '*.{md,mdx}', base: `./${CONTENT_ROOT}/${dir}` }), schema });

export const collections = {
  carriers: collection(COLLECTIONS.carriers),
  cardTypes: collection(COLLECTIONS.cardTypes),
  topics: collection(COLLECTIONS.topics),
};
