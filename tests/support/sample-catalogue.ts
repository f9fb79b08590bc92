/** A small catalogue for the model's and the views' unit tests: four tools, four use cases, three organisations. */
import { CollectionSchema, CriterionSchema, OrganizationSchema, ToolSchema, UseCaseSchema } from '../../src/schemas/index.ts';
import type { CatalogueInput } from '../../src/catalogue/model.ts';

export const item = <T>(kind: string, id: string, data: T) => ({ id, data, html: '', file: `content/${kind}/${id}.mdx` });
export const tool = (id: string, name: string, overrides: Record<string, unknown> = {}) =>
  item('tools', id, ToolSchema.parse({ name, summary: 'Un outil civique de démonstration.', website: `https://${id}.example.org`, license: 'MIT', type: 'software', status: 'stable', use_cases: ['consultation'], reviewed: '2026-11-23', sources: [`https://${id}.example.org`], ...overrides }));
export const useCase = (id: string, name: string, parent?: string) => item('use-cases', id, UseCaseSchema.parse({ name, summary: 'Un cas d’usage de démonstration.', parent }));
export const org = (id: string, name: string, country?: string) =>
  item('organizations', id, OrganizationSchema.parse({ name, summary: 'Une organisation de démonstration.', type: 'government', country, website: `https://${id}.example.org`, sources: [`https://${id}.example.org`] }));

export function makeInput(): CatalogueInput {
  return {
    tools: [
      tool('decidim', 'Decidim', { use_cases: ['consultation', 'budgeting', 'petitions'], developers: ['barcelona'], used_by: [{ organization: 'barcelona', since: 2016 }, { organization: 'etalab' }, { organization: 'undp' }, { organization: 'ghost' }], criteria: { 'public-api': true } }),
      tool('echo', 'Écho', { use_cases: ['petitions'], license: 'proprietary', type: 'service', used_by: [{ organization: 'etalab' }], languages: ['fr', 'ar'] }),
      tool('consul', 'consul', { use_cases: ['budgeting', 'consultation'], used_by: [{ organization: 'barcelona' }] }),
      tool('alpha', 'Alpha', { use_cases: ['consultation'], developers: ['barcelona'] }),
    ],
    useCases: [useCase('participation', 'Participation'), useCase('consultation', 'Consultation', 'participation'), useCase('budgeting', 'Budget participatif', 'participation'), useCase('petitions', 'Pétitions')],
    organizations: [org('etalab', 'Etalab', 'FR'), org('barcelona', 'Ajuntament de Barcelona', 'ES'), org('undp', 'UNDP')],
    collections: [item('collections', 'kit', CollectionSchema.parse({ name: 'Kit', summary: 'Une collection de démonstration.', curator: 'etalab', tools: [{ tool: 'decidim' }, { tool: 'consul' }], updated: '2026-11-23' }))],
    criteria: [item('criteria', 'public-api', CriterionSchema.parse({ name: 'API publique', question: 'Une API publique ?', type: 'boolean' }))],
  };
}
