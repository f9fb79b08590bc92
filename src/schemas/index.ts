import type { z } from 'zod';
import type { Kind } from './vocab.ts';
import { ToolSchema } from './tool.ts';
import { UseCaseSchema } from './use-case.ts';
import { OrganizationSchema } from './organization.ts';
import { CollectionSchema } from './collection.ts';
import { CriterionSchema } from './criterion.ts';
import { EventSchema } from './event.ts';
import { ProjectSchema } from './project.ts';

export * from './vocab.ts';
export * from './fields.ts';
export * from './tool.ts';
export * from './use-case.ts';
export * from './organization.ts';
export * from './collection.ts';
export * from './criterion.ts';
export * from './event.ts';
export * from './project.ts';

/** The schema of each content folder. */
export const SCHEMAS = {
  tools: ToolSchema,
  'use-cases': UseCaseSchema,
  organizations: OrganizationSchema,
  collections: CollectionSchema,
  criteria: CriterionSchema,
  events: EventSchema,
  projects: ProjectSchema,
} as const satisfies Record<Kind, z.ZodType>;
export * from './translation.ts';
