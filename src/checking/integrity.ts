import type { Kind, Tool, UseCase, Organization, Collection, Criterion, Event, Project } from '../schemas/index.ts';
import { remove as removeConfusables } from 'confusables';
import { didYouMean } from './suggest.ts';
import { ancestorChain } from '../schemas/use-case-tree.ts';

export interface Entry<T> {
  id: string;
  data: T;
}

/** Entries whose front matter passed their schema, by kind. */
export interface CatalogueData {
  tools: Entry<Tool>[];
  'use-cases': Entry<UseCase>[];
  organizations: Entry<Organization>[];
  collections: Entry<Collection>[];
  criteria: Entry<Criterion>[];
  events?: Entry<Event>[];
  projects?: Entry<Project>[];
}

export interface IntegrityProblem {
  kind: Kind;
  id: string;
  path: (string | number)[];
  /** Point at the key rather than the value. */
  atKey?: boolean;
  message: string;
  suggestion?: string;
}

/** Lowercase, no scheme, no `www.`, no trailing slash or `.git`: two spellings of one address compare equal. */
export function normaliseUrl(url: string): string {
  try {
    const u = new URL(url);
    const path = u.pathname.replace(/\.git$/, '').replace(/\/+$/, '');
    return `${u.hostname.replace(/^www\./, '')}${path}${u.search}`.toLowerCase();
  } catch {
    return url.toLowerCase();
  }
}

/** Case, accents, spaces and punctuation removed: "Décidim " and "decidim" compare equal. */
export function normaliseName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * A name as it looks: look-alike letters of other scripts read as the letters they imitate
 * (Unicode's confusables, through the `confusables` package), then normalised. "Dеcidim" with a
 * Cyrillic е and "Decidim" look the same to a reader, and compare equal here.
 */
export function lookalikeName(name: string): string {
  return normaliseName(removeConfusables(name.normalize('NFKC')));
}

/**
 * Cross-entry rules that no single-file schema can express: references resolve, criteria answers
 * fit their definitions, use cases form a tree and are not empty, no entry is listed twice.
 */
export function checkIntegrity(c: CatalogueData, present?: Partial<Record<Kind, Set<string>>>): IntegrityProblem[] {
  const problems: IntegrityProblem[] = [];
  const ids = (list: Entry<unknown>[]) => new Set(list.map((e) => e.id));
  const tools = ids(c.tools);
  const useCases = ids(c['use-cases']);
  const orgs = ids(c.organizations);
  const criteria = new Map(c.criteria.map((e) => [e.id, e.data]));

  const ref = (kind: Kind, id: string, path: (string | number)[], target: string, known: Set<string>, what: string, folder: string) => {
    // A file that exists but has its own errors is reported there, not as a dangling reference here;
    // an entry known only by its row (the contribution form's view of the catalogue) names nothing.
    if (target === undefined || known.has(target) || present?.[folder as Kind]?.has(target)) return;
    problems.push({
      kind,
      id,
      path,
      message: `expected the id of ${what} (a file in content/${folder}/), found "${target}", which does not exist`,
      suggestion: didYouMean(target, known) ?? `create content/${folder}/${target}.mdx (npm run new), or fix the id`,
    });
  };

  const usedUseCases = new Set<string>();
  for (const { id, data } of c.tools) {
    data.use_cases.forEach((u, i) => {
      usedUseCases.add(u);
      ref('tools', id, ['use_cases', i], u, useCases, 'a use case', 'use-cases');
    });
    data.developers.forEach((o, i) => ref('tools', id, ['developers', i], o, orgs, 'an organisation', 'organizations'));
    data.used_by.forEach((d, i) => ref('tools', id, ['used_by', i, 'organization'], d.organization, orgs, 'an organisation', 'organizations'));
    // A deployment's evidence must show that organisation using the tool: the tool's own repository shows nothing of the kind.
    data.used_by.forEach((d, i) => {
      if (d.url && data.source && normaliseUrl(data.source) === normaliseUrl(d.url)) {
        problems.push({ kind: 'tools', id, path: ['used_by', i, 'url'], message: `expected the instance or a page showing that "${d.organization}" uses the tool, found the tool's own repository`, suggestion: "give the organisation's instance or a page naming it as a user, or remove the deployment" });
      }
    });
    duplicatesIn(data.use_cases).forEach((i) => problems.push({ kind: 'tools', id, path: ['use_cases', i], message: `"${data.use_cases[i]}" is listed twice`, suggestion: 'remove the second one' }));
    duplicatesIn(data.developers).forEach((i) => problems.push({ kind: 'tools', id, path: ['developers', i], message: `"${data.developers[i]}" is listed twice`, suggestion: 'remove the second one' }));
    for (const [key, value] of Object.entries(data.criteria)) {
      const def = criteria.get(key);
      if (!def) {
        problems.push({ kind: 'tools', id, path: ['criteria', key], atKey: true, message: `expected a criterion id (a file in content/criteria/), found "${key}"`, suggestion: didYouMean(key, criteria.keys()) ?? 'define the criterion in content/criteria/ first' });
        continue;
      }
      const message = answerProblem(def, value);
      if (message) problems.push({ kind: 'tools', id, path: ['criteria', key], message, suggestion: def.type === 'enum' && typeof value === 'string' ? didYouMean(value, def.values ?? []) : undefined });
    }
  }

  const parents = new Map(c['use-cases'].map((e) => [e.id, e.data.parent]));
  const parentOf = (id: string) => parents.get(id);
  const withTools = new Set(usedUseCases);
  for (const { id, data } of c['use-cases']) {
    if (data.parent) ref('use-cases', id, ['parent'], data.parent, useCases, 'a use case', 'use-cases');
    const { chain, loop } = ancestorChain(id, parentOf);
    // A parent use case is not empty when one of its descendants has tools.
    if (usedUseCases.has(id)) for (const p of chain) withTools.add(p);
    if (loop) problems.push({ kind: 'use-cases', id, path: ['parent'], message: `the parent chain loops back (${[id, ...chain, loop].join(' -> ')})`, suggestion: 'a use case cannot be its own ancestor: remove one parent' });
  }
  for (const { id } of c['use-cases']) {
    if (!withTools.has(id)) problems.push({ kind: 'use-cases', id, path: [], message: 'no tool lists this use case in its use_cases', suggestion: 'add it to the use_cases of a tool that serves it, or remove the use case' });
  }

  for (const { id, data } of c.collections) {
    ref('collections', id, ['curator'], data.curator, orgs, 'an organisation', 'organizations');
    data.tools.forEach((t, i) => ref('collections', id, ['tools', i, 'tool'], t.tool, tools, 'a tool', 'tools'));
    duplicatesIn(data.tools.map((t) => t.tool)).forEach((i) => problems.push({ kind: 'collections', id, path: ['tools', i, 'tool'], message: `"${data.tools[i].tool}" is listed twice`, suggestion: 'keep one of them' }));
  }

  const events = new Map((c.events ?? []).map((e) => [e.id, e.data]));
  for (const { id, data } of c.events ?? []) {
    data.organizers.forEach((o, i) => ref('events', id, ['organizers', i], o, orgs, 'an organisation', 'organizations'));
    data.partners.forEach((o, i) => ref('events', id, ['partners', i], o, orgs, 'an organisation', 'organizations'));
    data.challenges.forEach((ch, i) => ch.use_cases.forEach((u, j) => ref('events', id, ['challenges', i, 'use_cases', j], u, useCases, 'a use case', 'use-cases')));
    duplicatesIn([...data.organizers, ...data.partners]).forEach((i) => {
      const inPartners = i >= data.organizers.length;
      const path = inPartners ? ['partners', i - data.organizers.length] : ['organizers', i];
      problems.push({ kind: 'events', id, path, message: `"${[...data.organizers, ...data.partners][i]}" is listed twice`, suggestion: inPartners ? 'an organiser is not also a partner: keep one' : 'remove the second one' });
    });
  }
  for (const { id, data } of c.projects ?? []) {
    ref('projects', id, ['event'], data.event, new Set(events.keys()), 'an event', 'events');
    const event = events.get(data.event);
    if (data.challenge && event && !event.challenges.some((ch) => ch.id === data.challenge)) {
      const known = event.challenges.map((ch) => ch.id);
      problems.push({
        kind: 'projects',
        id,
        path: ['challenge'],
        message: `expected the id of a challenge of content/events/${data.event}.mdx, found "${data.challenge}"`,
        suggestion: didYouMean(data.challenge, known) ?? (known.length ? `one of ${known.join(', ')}` : 'that event lists no challenges: remove the line'),
      });
    }
    data.organizations.forEach((o, i) => ref('projects', id, ['organizations', i], o, orgs, 'an organisation', 'organizations'));
    data.reuses.forEach((t, i) => ref('projects', id, ['reuses', i], t, tools, 'a tool', 'tools'));
    if (data.tool) ref('projects', id, ['tool'], data.tool, tools, 'a tool', 'tools');
    duplicatesIn(data.reuses).forEach((i) => problems.push({ kind: 'projects', id, path: ['reuses', i], message: `"${data.reuses[i]}" is listed twice`, suggestion: 'remove the second one' }));
  }

  duplicateValues(c.tools, (d) => [d.name], lookalikeName, 'name', 'tools', problems);
  duplicateValues(c.tools, (d) => [d.website], normaliseUrl, 'website', 'tools', problems);
  duplicateValues(c.tools, (d) => (d.source ? [d.source] : []), normaliseUrl, 'source', 'tools', problems);
  duplicateValues(c.organizations, (d) => [d.name], lookalikeName, 'name', 'organizations', problems);
  duplicateValues(c['use-cases'], (d) => [d.name], lookalikeName, 'name', 'use-cases', problems);
  duplicateValues(c.events ?? [], (d) => [d.name], lookalikeName, 'name', 'events', problems);
  return problems;
}

function answerProblem(def: Criterion, value: boolean | string): string | undefined {
  if (def.type === 'boolean' && typeof value !== 'boolean') return `expected true or false (criterion "${def.name}" is yes/no), found "${value}"`;
  if (def.type === 'enum' && (typeof value !== 'string' || !def.values?.includes(value))) return `expected one of ${def.values?.join(', ')}, found ${JSON.stringify(value)}`;
  if (def.type === 'text' && typeof value !== 'string') return `expected some text (criterion "${def.name}"), found ${value}`;
  return undefined;
}

function duplicatesIn(list: string[]): number[] {
  const seen = new Set<string>();
  const out: number[] = [];
  list.forEach((v, i) => (seen.has(v) ? out.push(i) : seen.add(v)));
  return out;
}

function duplicateValues<T>(entries: Entry<T>[], pick: (d: T) => string[], normalise: (v: string) => string, field: string, kind: Kind, problems: IntegrityProblem[]) {
  const first = new Map<string, string>();
  for (const { id, data } of entries) {
    for (const value of pick(data)) {
      // A value the entry lacks (only the contribution form checks entries whose front matter is partly wrong).
      if (typeof value !== 'string') continue;
      const key = normalise(value);
      const owner = first.get(key);
      if (owner && owner !== id) {
        problems.push({ kind, id, path: [field], message: `same ${field} as content/${kind}/${owner}.mdx ("${value}"): this looks like a duplicate entry`, suggestion: `merge it into ${owner}.mdx` });
      } else first.set(key, id);
    }
  }
}
