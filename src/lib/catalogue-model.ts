import type { Collection, Criterion, Deployment, Organization, Tool, UseCase } from '../schemas/index.ts';
import { licenseFamily } from './license.ts';

export interface Item<T> {
  id: string;
  data: T;
  /** Sanitised HTML of the body. */
  html: string;
  /** Path of the source file, for edit links. */
  file: string;
}

export interface CatalogueInput {
  tools: Item<Tool>[];
  useCases: Item<UseCase>[];
  organizations: Item<Organization>[];
  collections: Item<Collection>[];
  criteria: Item<Criterion>[];
}

export interface UseOf {
  tool: Item<Tool>;
  deployment: Deployment;
}

export interface Catalogue extends CatalogueInput {
  tool: Map<string, Item<Tool>>;
  useCase: Map<string, Item<UseCase>>;
  organization: Map<string, Item<Organization>>;
  collection: Map<string, Item<Collection>>;
  criterion: Map<string, Item<Criterion>>;
  toolsByUseCase: Map<string, Item<Tool>[]>;
  childUseCases: Map<string, Item<UseCase>[]>;
  toolsDevelopedBy: Map<string, Item<Tool>[]>;
  toolsUsedBy: Map<string, UseOf[]>;
  collectionsByTool: Map<string, Item<Collection>[]>;
  collectionsByCurator: Map<string, Item<Collection>[]>;
  /** Countries (ISO codes) of the organisations that use each tool. */
  countriesOfTool: Map<string, string[]>;
}

const byName = <T extends { name: string }>(a: Item<T>, b: Item<T>) =>
  a.data.name.localeCompare(b.data.name, 'fr', { sensitivity: 'base' }) || a.id.localeCompare(b.id);

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Derives every reverse link once (use case -> tools, organisation -> tools, tool -> collections),
 * so pages read maps instead of scanning collections: O(total links), not O(pages x entries).
 */
export function buildCatalogue(input: CatalogueInput): Catalogue {
  const sorted: CatalogueInput = {
    tools: [...input.tools].sort(byName),
    useCases: [...input.useCases].sort(byName),
    organizations: [...input.organizations].sort(byName),
    collections: [...input.collections].sort(byName),
    criteria: [...input.criteria].sort(byName),
  };
  const c: Catalogue = {
    ...sorted,
    tool: new Map(sorted.tools.map((e) => [e.id, e])),
    useCase: new Map(sorted.useCases.map((e) => [e.id, e])),
    organization: new Map(sorted.organizations.map((e) => [e.id, e])),
    collection: new Map(sorted.collections.map((e) => [e.id, e])),
    criterion: new Map(sorted.criteria.map((e) => [e.id, e])),
    toolsByUseCase: new Map(),
    childUseCases: new Map(),
    toolsDevelopedBy: new Map(),
    toolsUsedBy: new Map(),
    collectionsByTool: new Map(),
    collectionsByCurator: new Map(),
    countriesOfTool: new Map(),
  };
  for (const tool of sorted.tools) {
    for (const u of tool.data.use_cases) push(c.toolsByUseCase, u, tool);
    for (const o of tool.data.developers) push(c.toolsDevelopedBy, o, tool);
    const countries = new Set<string>();
    for (const deployment of tool.data.used_by) {
      push(c.toolsUsedBy, deployment.organization, { tool, deployment });
      const country = c.organization.get(deployment.organization)?.data.country;
      if (country) countries.add(country);
    }
    c.countriesOfTool.set(tool.id, [...countries].sort());
  }
  for (const u of sorted.useCases) if (u.data.parent) push(c.childUseCases, u.data.parent, u);
  for (const col of sorted.collections) {
    push(c.collectionsByCurator, col.data.curator, col);
    for (const item of col.data.tools) push(c.collectionsByTool, item.tool, col);
  }
  return c;
}

/** Tools sharing the most use cases with `toolId`, then by name. */
export function relatedTools(c: Catalogue, toolId: string, limit = 6): Item<Tool>[] {
  const tool = c.tool.get(toolId);
  if (!tool) return [];
  const shared = new Map<string, number>();
  for (const u of tool.data.use_cases) {
    for (const other of c.toolsByUseCase.get(u) ?? []) {
      if (other.id !== toolId) shared.set(other.id, (shared.get(other.id) ?? 0) + 1);
    }
  }
  return [...shared]
    .sort((a, b) => b[1] - a[1] || byName(c.tool.get(a[0])!, c.tool.get(b[0])!))
    .slice(0, limit)
    .map(([id]) => c.tool.get(id)!);
}

/** Tools of a use case and of all its descendants, each once, sorted by name. */
export function toolsForUseCase(c: Catalogue, useCaseId: string): Item<Tool>[] {
  const out = new Map<string, Item<Tool>>();
  const visit = (id: string, depth: number) => {
    if (depth > 20) return;
    for (const t of c.toolsByUseCase.get(id) ?? []) out.set(t.id, t);
    for (const child of c.childUseCases.get(id) ?? []) visit(child.id, depth + 1);
  };
  visit(useCaseId, 0);
  return [...out.values()].sort(byName);
}

/** The values a tool is filtered on, as space-free tokens for `data-*` attributes. */
export function facetValues(c: Catalogue, tool: Item<Tool>) {
  return {
    useCases: tool.data.use_cases,
    license: licenseFamily(tool.data.license),
    status: tool.data.status,
    type: tool.data.type,
    countries: c.countriesOfTool.get(tool.id) ?? [],
    languages: tool.data.languages,
    criteria: Object.entries(tool.data.criteria).map(([k, v]) => `${k}=${String(v)}`),
  };
}

/** Months between a YYYY-MM-DD date and `now` (whole months, floor). */
export function monthsSince(date: string, now = new Date()): number {
  const [y, m, d] = date.split('-').map(Number);
  let months = (now.getUTCFullYear() - y) * 12 + (now.getUTCMonth() + 1 - m);
  if (now.getUTCDate() < d) months -= 1;
  return Math.max(0, months);
}
