import { defineCollection } from 'astro:content';
import { catalogueLoader } from './loaders/catalogue-loader.ts';
import { z } from 'zod';
import { CollectionSchema, CriterionSchema, KINDS, OrganizationSchema, ToolSchema, TranslationSchema, UseCaseSchema, slug } from './schemas/index.ts';

/** A translation as stored: its text, plus where it belongs (from its path) and whether it is stale. */
const StoredTranslationSchema = TranslationSchema.extend({ lang: z.string(), kind: z.enum(KINDS), original: slug, stale: z.boolean() });

// Wiring only. Entries are validated (schemas + cross-references) by the loader, which passes
// parsed data to the store; the schemas here give pages their types.
export const collections = {
  tools: defineCollection({ loader: catalogueLoader('tools'), schema: ToolSchema }),
  'use-cases': defineCollection({ loader: catalogueLoader('use-cases'), schema: UseCaseSchema }),
  organizations: defineCollection({ loader: catalogueLoader('organizations'), schema: OrganizationSchema }),
  collections: defineCollection({ loader: catalogueLoader('collections'), schema: CollectionSchema }),
  criteria: defineCollection({ loader: catalogueLoader('criteria'), schema: CriterionSchema }),
  translations: defineCollection({ loader: catalogueLoader('translations'), schema: StoredTranslationSchema }),
};
