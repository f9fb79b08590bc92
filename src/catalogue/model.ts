import { LOCALES, type Collection, type Criterion, type Deployment, type Event, type Kind, type Locale, type Organization, type Project, type Tool, type UseCase } from '../schemas/index.ts';
import { licenseFamily } from '../schemas/license.ts';
import { UNKNOWN_STATUS } from '../schemas/vocab.ts';
import { ancestorChain, descendants } from '../schemas/use-case-tree.ts';

/** An entry's text as shown in one locale: its translation there, or the original as a fallback. */
export interface LocalText {
  name: string;
  summary?: string;
  question?: string;
  /** Criteria: how each value reads here (a translation's label, else the original's). */
  labels?: Record<string, string>;
  html: string;
  /** Language the text is actually written in. */
  lang: Locale;
  /** True when the text is in the page's language (original or translation). */
  translated: boolean;
  /** True when a translation exists but its original changed since. */
  stale: boolean;
  /** Collection item notes in this locale, by tool id (missing ones fall back to the original's). */
  notes: Record<string, { text: string; lang: Locale }>;
  /** Path of the translation file, when there is one. */
  translationFile?: string;
}

export interface Item<T> {
  id: string;
  data: T;
  /** Sanitised HTML of the body. */
  html: string;
  /** Path of the source file, for edit links. */
  file: string;
  /** Text per locale, filled by buildCatalogue. */
  text: Record<Locale, LocalText>;
}

export interface TranslationInput {
  lang: string;
  kind: Kind;
  original: string;
  name?: string;
  summary?: string;
  question?: string;
  labels?: Record<string, string>;
  notes?: Record<string, string>;
  html: string;
  stale: boolean;
  file: string;
}

type RawItem<T> = Omit<Item<T>, 'text'>;

export interface CatalogueInput {
  tools: RawItem<Tool>[];
  useCases: RawItem<UseCase>[];
  organizations: RawItem<Organization>[];
  collections: RawItem<Collection>[];
  criteria: RawItem<Criterion>[];
  events?: RawItem<Event>[];
  projects?: RawItem<Project>[];
  translations?: TranslationInput[];
}

interface Lists {
  tools: Item<Tool>[];
  useCases: Item<UseCase>[];
  organizations: Item<Organization>[];
  collections: Item<Collection>[];
  criteria: Item<Criterion>[];
  events: Item<Event>[];
  projects: Item<Project>[];
  translations: TranslationInput[];
}

export interface UseOf {
  tool: Item<Tool>;
  deployment: Deployment;
}

export interface Catalogue extends Lists {
  tool: Map<string, Item<Tool>>;
  useCase: Map<string, Item<UseCase>>;
  organization: Map<string, Item<Organization>>;
  collection: Map<string, Item<Collection>>;
  criterion: Map<string, Item<Criterion>>;
  event: Map<string, Item<Event>>;
  project: Map<string, Item<Project>>;
  toolsByUseCase: Map<string, Item<Tool>[]>;
  childUseCases: Map<string, Item<UseCase>[]>;
  toolsDevelopedBy: Map<string, Item<Tool>[]>;
  toolsUsedBy: Map<string, UseOf[]>;
  collectionsByTool: Map<string, Item<Collection>[]>;
  collectionsByCurator: Map<string, Item<Collection>[]>;
  /** Countries (ISO codes) of the organisations that use each tool. */
  countriesOfTool: Map<string, string[]>;
  /** Position of each tool in name order: comparing two numbers instead of two names with a collator. */
  toolRank: Map<string, number>;
  /** Projects of each event, by name. */
  projectsByEvent: Map<string, Item<Project>[]>;
  /** Projects that build on each tool (`reuses`). */
  projectsReusing: Map<string, Item<Project>[]>;
  /** Projects that became each tool (`tool`). */
  projectsBecoming: Map<string, Item<Project>[]>;
  /** Events each organisation ran or partnered, by name. */
  eventsByOrganization: Map<string, Item<Event>[]>;
  /** Projects each organisation is behind. */
  projectsByOrganization: Map<string, Item<Project>[]>;
}

/** Where each kind lives in the catalogue: its sorted list and its map by id. */
const PLACES = {
  tools: ['tools', 'tool'],
  'use-cases': ['useCases', 'useCase'],
  organizations: ['organizations', 'organization'],
  collections: ['collections', 'collection'],
  criteria: ['criteria', 'criterion'],
  events: ['events', 'event'],
  projects: ['projects', 'project'],
} as const satisfies Record<Kind, readonly [keyof Lists, keyof Catalogue]>;

/** Every entry of a kind, by name. */
export function entriesOf(c: Catalogue, kind: Kind): Item<{ name: string; lang: Locale }>[] {
  return c[PLACES[kind][0]] as Item<{ name: string; lang: Locale }>[];
}

/** One entry of a kind, or undefined. */
export function entryOf(c: Catalogue, kind: Kind, id: string): Item<{ name: string; lang: Locale }> | undefined {
  return (c[PLACES[kind][1]] as Map<string, Item<{ name: string; lang: Locale }>>).get(id);
}

// One collator for every sort: localeCompare with locale arguments builds a new one per call,
// which was the largest single cost of a 10,000-tool build.
const collator = new Intl.Collator('fr', { sensitivity: 'base' });
const byName = <T extends { name: string }>(a: RawItem<T>, b: RawItem<T>) =>
  collator.compare(a.data.name, b.data.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

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
  const translations = input.translations ?? [];
  const byKey = new Map(translations.map((t) => [`${t.lang}/${t.kind}/${t.original}`, t]));
  const withText = <T extends { name: string; lang: Locale }>(kind: Kind, list: RawItem<T>[]): Item<T>[] =>
    list.map((item) => ({ ...item, text: localTexts(kind, item, byKey) })).sort(byName);
  const sorted: Lists = {
    tools: withText('tools', input.tools),
    useCases: withText('use-cases', input.useCases),
    organizations: withText('organizations', input.organizations),
    collections: withText('collections', input.collections),
    criteria: withText('criteria', input.criteria),
    events: withText('events', input.events ?? []),
    projects: withText('projects', input.projects ?? []),
    translations,
  };
  const c: Catalogue = {
    ...sorted,
    tool: new Map(sorted.tools.map((e) => [e.id, e])),
    useCase: new Map(sorted.useCases.map((e) => [e.id, e])),
    organization: new Map(sorted.organizations.map((e) => [e.id, e])),
    collection: new Map(sorted.collections.map((e) => [e.id, e])),
    criterion: new Map(sorted.criteria.map((e) => [e.id, e])),
    event: new Map(sorted.events.map((e) => [e.id, e])),
    project: new Map(sorted.projects.map((e) => [e.id, e])),
    toolsByUseCase: new Map(),
    childUseCases: new Map(),
    toolsDevelopedBy: new Map(),
    toolsUsedBy: new Map(),
    collectionsByTool: new Map(),
    collectionsByCurator: new Map(),
    countriesOfTool: new Map(),
    toolRank: new Map(sorted.tools.map((e, i) => [e.id, i])),
    projectsByEvent: new Map(),
    projectsReusing: new Map(),
    projectsBecoming: new Map(),
    eventsByOrganization: new Map(),
    projectsByOrganization: new Map(),
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
  for (const event of sorted.events) for (const o of new Set([...event.data.organizers, ...event.data.partners])) push(c.eventsByOrganization, o, event);
  for (const project of sorted.projects) {
    push(c.projectsByEvent, project.data.event, project);
    for (const t of project.data.reuses) push(c.projectsReusing, t, project);
    if (project.data.tool) push(c.projectsBecoming, project.data.tool, project);
    for (const o of project.data.organizations) push(c.projectsByOrganization, o, project);
  }
  return c;
}

/**
 * Tools sharing the most use cases with `toolId`, then by name. Every tool page asks this in each
 * language, so it is linear in the candidates (no sort of them) and remembered per catalogue.
 */
export function relatedTools(c: Catalogue, toolId: string, limit = 6): Item<Tool>[] {
  const key = `${toolId}\u0000${limit}`;
  const known = relatedMemo.get(c)?.get(key);
  if (known) return known;
  const tool = c.tool.get(toolId);
  if (!tool || limit <= 0) return [];
  const shared = new Map<Item<Tool>, number>();
  for (const u of tool.data.use_cases) {
    for (const other of c.toolsByUseCase.get(u) ?? []) {
      if (other.id !== toolId) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
  }
  // The best `limit` so far, kept in order: more shared use cases first, then earlier in name order.
  const best: { tool: Item<Tool>; n: number; rank: number }[] = [];
  const before = (a: { n: number; rank: number }, b: { n: number; rank: number }) => a.n > b.n || (a.n === b.n && a.rank < b.rank);
  for (const [other, n] of shared) {
    const candidate = { tool: other, n, rank: c.toolRank.get(other.id)! };
    if (best.length === limit && !before(candidate, best[limit - 1])) continue;
    let i = best.length;
    while (i > 0 && before(candidate, best[i - 1])) i--;
    best.splice(i, 0, candidate);
    if (best.length > limit) best.pop();
  }
  const out = best.map((b) => b.tool);
  if (!relatedMemo.has(c)) relatedMemo.set(c, new Map());
  relatedMemo.get(c)!.set(key, out);
  return out;
}
const relatedMemo = new WeakMap<Catalogue, Map<string, Item<Tool>[]>>();

/** Tools of a use case and of all its descendants, each once, sorted by name. */
export function toolsForUseCase(c: Catalogue, useCaseId: string): Item<Tool>[] {
  const out = new Map<string, Item<Tool>>();
  for (const id of descendants(useCaseId, (u) => (c.childUseCases.get(u) ?? []).map((child) => child.id))) {
    for (const t of c.toolsByUseCase.get(id) ?? []) out.set(t.id, t);
  }
  return [...out.values()].sort((a, b) => c.toolRank.get(a.id)! - c.toolRank.get(b.id)!);
}

/** Use cases and all their ancestors, each once, in order of first appearance. */
export function withAncestors(c: Catalogue, useCases: readonly string[]): string[] {
  const out = new Set<string>();
  const parentOf = (id: string) => c.useCase.get(id)?.data.parent;
  for (const id of useCases) {
    out.add(id);
    for (const p of ancestorChain(id, parentOf).chain) out.add(p);
  }
  return [...out];
}

/** The values a tool is filtered on, as space-free tokens for `data-*` attributes. */
export function facetValues(c: Catalogue, tool: Item<Tool>) {
  return {
    // A tool for participatory budgeting is also a tool for its parent, participation: the use-case
    // facet finds what the use-case page lists (toolsForUseCase includes descendants).
    useCases: withAncestors(c, tool.data.use_cases),
    license: licenseFamily(tool.data.license),
    status: tool.data.status ?? UNKNOWN_STATUS,
    type: tool.data.type,
    countries: c.countriesOfTool.get(tool.id) ?? [],
    languages: tool.data.languages,
    criteria: Object.entries(tool.data.criteria).map(([k, v]) => `${k}=${String(v)}`),
  };
}

function localTexts<T extends { name: string; lang: Locale }>(kind: Kind, item: RawItem<T>, byKey: Map<string, TranslationInput>): Record<Locale, LocalText> {
  const d = item.data as any;
  const originalNotes: Record<string, { text: string; lang: Locale }> = {};
  if (kind === 'collections') for (const t of d.tools as { tool: string; note?: string }[]) if (t.note) originalNotes[t.tool] = { text: t.note, lang: d.lang };
  const original: LocalText = { name: d.name, summary: d.summary, question: d.question, labels: d.labels, html: item.html, lang: d.lang, translated: false, stale: false, notes: originalNotes };
  const out = {} as Record<Locale, LocalText>;
  for (const locale of LOCALES) {
    if (locale === d.lang) {
      out[locale] = { ...original, translated: true };
      continue;
    }
    const t = byKey.get(`${locale}/${kind}/${item.id}`);
    if (!t) {
      out[locale] = original;
      continue;
    }
    const notes = { ...originalNotes };
    for (const [tool, text] of Object.entries(t.notes ?? {})) notes[tool] = { text, lang: locale };
    out[locale] = {
      name: t.name ?? d.name,
      summary: t.summary ?? d.summary,
      question: t.question ?? d.question,
      labels: d.labels || t.labels ? { ...d.labels, ...t.labels } : undefined,
      html: t.html,
      lang: locale,
      translated: true,
      stale: t.stale,
      notes,
      translationFile: t.file,
    };
  }
  return out;
}
