import { defineCollection } from 'astro:content';
import { catalogueLoader } from './loaders/catalogue-loader.ts';
import { CollectionSchema, CriterionSchema, OrganizationSchema, ToolSchema, UseCaseSchema } from './schemas/index.ts';

// Wiring only. Entries are validated (schemas + cross-references) by the loader, which passes
// parsed data to the store; the schemas here give pages their types.
export const collections = {
  tools: defineCollection({ loader: catalogueLoader('tools'), schema: ToolSchema }),
  'use-cases': defineCollection({ loader: catalogueLoader('use-cases'), schema: UseCaseSchema }),
  organizations: defineCollection({ loader: catalogueLoader('organizations'), schema: OrganizationSchema }),
  collections: defineCollection({ loader: catalogueLoader('collections'), schema: CollectionSchema }),
  criteria: defineCollection({ loader: catalogueLoader('criteria'), schema: CriterionSchema }),
};
