import { z } from 'zod';
import { LOCALES, type Kind, type Locale } from '../schemas/vocab.ts';
import { entriesOf, entryOf, type Catalogue, type Item, type LocalText } from '../catalogue/model.ts';
import { licenseFamily } from '../schemas/license.ts';
import { pathTo, sitePath } from '../catalogue/paths.ts';
import { standing } from '../catalogue/outcomes.ts';
import { API_NAMES, apiFileSchemas, type EntryPayload, type Link, type ToolCard } from './api-schemas.ts';

/**
 * Payloads of the static JSON API, built from the catalogue model. Every URL is absolute on
 * `site` (the catalogue's public address), so a file read on another site links back correctly.
 */

/** `/api/tools/decidim.json`, `/api/tools.json` */
export function apiPath(kind: Kind, id?: string): string {
  return sitePath(id ? `/api/${kind}/${id}.json` : `/api/${kind}.json`);
}

/** `/api/schemas/tool.schema.json`, `/api/schemas/tool-list.schema.json`, `/api/schemas/oembed.schema.json` */
export function schemaPath(name: string): string {
  return sitePath(`/api/schemas/${name}.schema.json`);
}

const abs = (site: string, path: string) => `${site.replace(/\/$/, '')}${path}`;

const perLocale = <T>(value: (locale: Locale) => T) => Object.fromEntries(LOCALES.map((l) => [l, value(l)])) as Record<Locale, T>;

type AnyItem = Item<{ name: string; lang: Locale }>;

function itemOf(c: Catalogue, kind: Kind, id: string): AnyItem {
  const item = entryOf(c, kind, id);
  if (!item) throw new Error(`No ${kind} entry "${id}" in the catalogue.`);
  return item;
}

/** Criteria have no page of their own: their URL is their anchor on the criteria page. */
function pageUrls(site: string, kind: Kind, id: string): Record<Locale, string> {
  return perLocale((l) => abs(site, kind === 'criteria' ? `${pathTo(l, 'criteria')}#${id}` : pathTo(l, kind, id)));
}

export function link(c: Catalogue, kind: Kind, id: string, site: string): Link {
  const item = itemOf(c, kind, id);
  return { id, name: perLocale((l) => item.text[l].name), url: pageUrls(site, kind, id), api: abs(site, apiPath(kind, id)) };
}

/** Only the languages the text is really written in: a fallback copy of the original is left out. */
function realTexts<T>(item: AnyItem, pick: (text: LocalText) => T): Partial<Record<Locale, T>> {
  const out: Partial<Record<Locale, T>> = {};
  for (const l of LOCALES) if (item.text[l].lang === l) out[l] = pick(item.text[l]);
  return out;
}

function common(c: Catalogue, kind: Kind, id: string, site: string, full: boolean) {
  const item = itemOf(c, kind, id);
  return {
    id,
    lang: item.data.lang,
    text: realTexts(item, (t) => ({
      name: t.name,
      ...(t.summary !== undefined && { summary: t.summary }),
      ...(t.question !== undefined && { question: t.question }),
      ...(t.labels !== undefined && { labels: t.labels }),
      ...(full && { body_html: t.html }),
      ...(t.stale && { stale: true }),
    })),
    url: pageUrls(site, kind, id),
    api: abs(site, apiPath(kind, id)),
  };
}

const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));

export function toolCard(c: Catalogue, id: string, site: string): ToolCard {
  const tool = c.tool.get(id)!;
  return {
    id,
    lang: tool.data.lang,
    text: realTexts(tool as AnyItem, (t) => ({ name: t.name, summary: t.summary ?? '' })),
    url: pageUrls(site, 'tools', id),
    api: abs(site, apiPath('tools', id)),
    website: tool.data.website,
    ...optional('license', tool.data.license),
    license_family: licenseFamily(tool.data.license),
    type: tool.data.type,
    ...optional('status', tool.data.status),
  };
}

type Builder<K extends Kind> = (c: Catalogue, id: string, site: string, full: boolean) => EntryPayload<K>;

const BUILDERS: { [K in Kind]: Builder<K> } = {
  tools: (c, id, site, full) => {
    const d = c.tool.get(id)!.data;
    const to = (kind: Kind) => (ref: string) => link(c, kind, ref, site);
    return {
      ...common(c, 'tools', id, site, full),
      website: d.website,
      ...optional('source', d.source),
      ...optional('license', d.license),
      license_family: licenseFamily(d.license),
      type: d.type,
      ...optional('status', d.status),
      use_cases: d.use_cases.map(to('use-cases')),
      developers: d.developers.map(to('organizations')),
      used_by: d.used_by.map((u) => ({ organization: link(c, 'organizations', u.organization, site), ...optional('url', u.url), ...optional('since', u.since) })),
      languages: d.languages,
      countries: c.countriesOfTool.get(id) ?? [],
      // In the order of the criteria list, as on the tool page.
      criteria: c.criteria.filter((cr) => cr.id in d.criteria).map((cr) => ({ criterion: link(c, 'criteria', cr.id, site), value: d.criteria[cr.id] })),
      tags: d.tags,
      collections: (c.collectionsByTool.get(id) ?? []).map((col) => link(c, 'collections', col.id, site)),
      ...optional('last_activity', d.last_activity),
      reviewed: d.reviewed,
      sources: d.sources,
    };
  },
  'use-cases': (c, id, site, full) => {
    const d = c.useCase.get(id)!.data;
    return {
      ...common(c, 'use-cases', id, site, full),
      ...optional('parent', d.parent ? link(c, 'use-cases', d.parent, site) : undefined),
      children: (c.childUseCases.get(id) ?? []).map((u) => link(c, 'use-cases', u.id, site)),
      tools: (c.toolsByUseCase.get(id) ?? []).map((t) => link(c, 'tools', t.id, site)),
      sources: d.sources,
    };
  },
  organizations: (c, id, site, full) => {
    const d = c.organization.get(id)!.data;
    return {
      ...common(c, 'organizations', id, site, full),
      type: d.type,
      ...optional('country', d.country),
      ...optional('website', d.website),
      develops: (c.toolsDevelopedBy.get(id) ?? []).map((t) => link(c, 'tools', t.id, site)),
      uses: (c.toolsUsedBy.get(id) ?? []).map(({ tool, deployment }) => ({ tool: link(c, 'tools', tool.id, site), ...optional('url', deployment.url), ...optional('since', deployment.since) })),
      curates: (c.collectionsByCurator.get(id) ?? []).map((col) => link(c, 'collections', col.id, site)),
      sources: d.sources,
    };
  },
  collections: (c, id, site, full) => {
    const col = c.collection.get(id)!;
    return {
      ...common(c, 'collections', id, site, full),
      curator: link(c, 'organizations', col.data.curator, site),
      updated: col.data.updated,
      tools: col.data.tools.map((item) => {
        const note: Partial<Record<Locale, string>> = {};
        for (const l of LOCALES) {
          const n = col.text[l].notes[item.tool];
          if (n && n.lang === l) note[l] = n.text;
        }
        return { tool: toolCard(c, item.tool, site), ...(Object.keys(note).length > 0 && { note }) };
      }),
    };
  },
  criteria: (c, id, site, full) => {
    const d = c.criterion.get(id)!.data;
    return { ...common(c, 'criteria', id, site, full), type: d.type, ...optional('values', d.values) };
  },
  events: (c, id, site, full) => {
    const d = c.event.get(id)!.data;
    const projects = c.projectsByEvent.get(id) ?? [];
    return {
      ...common(c, 'events', id, site, full),
      organizers: d.organizers.map((o) => link(c, 'organizations', o, site)),
      partners: d.partners.map((o) => link(c, 'organizations', o, site)),
      start: d.start,
      ...optional('end', d.end),
      phases: d.phases,
      ...optional('place', d.place),
      ...optional('online', d.online),
      ...optional('country', d.country),
      ...optional('website', d.website),
      languages: d.languages,
      figures: { ...d.figures },
      challenges: d.challenges.map((ch) => ({
        id: ch.id,
        name: ch.name,
        statement: ch.statement,
        use_cases: ch.use_cases.map((u) => link(c, 'use-cases', u, site)),
        projects: projects.filter((p) => p.data.challenge === ch.id).map((p) => link(c, 'projects', p.id, site)),
      })),
      criteria: d.criteria,
      ...optional('ogp_commitment', d.ogp_commitment),
      projects: projects.map((p) => link(c, 'projects', p.id, site)),
      reviewed: d.reviewed,
      sources: d.sources,
    };
  },
  projects: (c, id, site, full) => {
    const d = c.project.get(id)!.data;
    const challenge = c.event.get(d.event)?.data.challenges.find((ch) => ch.id === d.challenge);
    return {
      ...common(c, 'projects', id, site, full),
      event: link(c, 'events', d.event, site),
      ...optional('challenge', challenge && { id: challenge.id, name: challenge.name }),
      ...optional('team', d.team),
      organizations: d.organizations.map((o) => link(c, 'organizations', o, site)),
      reuses: d.reuses.map((t) => link(c, 'tools', t, site)),
      ...optional('tool', d.tool ? link(c, 'tools', d.tool, site) : undefined),
      ...optional('source', d.source),
      ...optional('website', d.website),
      timeline: d.timeline,
      reviewed: d.reviewed,
      sources: d.sources,
    };
  },
};

/** One entry with its resolved links and every language's text; `full` adds the description HTML. */
export function entryPayload<K extends Kind>(c: Catalogue, kind: K, id: string, site: string, full = true): EntryPayload<K> {
  return (BUILDERS[kind] as Builder<K>)(c, id, site, full);
}

/** The file /api/<kind>/<id>.json. */
export function entryFile(c: Catalogue, kind: Kind, id: string, site: string) {
  return { $schema: abs(site, schemaPath(API_NAMES[kind])), ...entryPayload(c, kind, id, site) };
}

/** The file /api/<kind>.json: every entry, without the description HTML (one request per entry has it). */
export function listFile(c: Catalogue, kind: Kind, site: string) {
  const items = ids(c, kind).map((id) => entryPayload(c, kind, id, site, false));
  return { $schema: abs(site, schemaPath(`${API_NAMES[kind]}-list`)), count: items.length, items };
}

/** Ids of a kind, in the catalogue's order (by name). */
export function ids(c: Catalogue, kind: Kind): string[] {
  return entriesOf(c, kind).map((e) => e.id);
}

/** The published JSON Schemas of the API files, by name, with their absolute `$id`. */
export function apiJsonSchemas(site: string): Record<string, object> {
  return Object.fromEntries(
    Object.entries(apiFileSchemas()).map(([name, schema]) => [
      name,
      { ...(z.toJSONSchema(schema, { io: 'output', reused: 'ref' }) as object), $id: abs(site, schemaPath(name)), title: `Civic Toolbox API: ${name}` },
    ]),
  );
}

/** A list in one CSV cell. */
const list = (values: string[]) => values.join('; ');

/** Columns of /api/tools.csv, one tool a row; lists are joined with "; ". */
export const CSV_COLUMNS = ['id', 'name', 'summary', 'lang', 'url', 'website', 'source', 'license', 'type', 'status', 'use_cases', 'developers', 'used_by', 'languages', 'countries', 'criteria', 'tags', 'reviewed', 'json'] as const;

/** The tool list as rows for a spreadsheet: facts and ids, text in the language it was written in. */
export function toolRows(c: Catalogue, site: string): string[][] {
  return c.tools.map((tool) => {
    const d = tool.data;
    const row: Record<(typeof CSV_COLUMNS)[number], string> = {
      id: tool.id,
      name: d.name,
      summary: d.summary,
      lang: d.lang,
      url: abs(site, pathTo(d.lang, 'tools', tool.id)),
      website: d.website,
      source: d.source ?? '',
      license: d.license ?? '',
      type: d.type,
      status: d.status ?? '',
      use_cases: list(d.use_cases),
      developers: list(d.developers),
      used_by: list(d.used_by.map((u) => u.organization)),
      languages: list(d.languages),
      countries: list(c.countriesOfTool.get(tool.id) ?? []),
      criteria: list(Object.entries(d.criteria).map(([k, v]) => `${k}=${String(v)}`)),
      tags: list(d.tags),
      reviewed: d.reviewed,
      json: abs(site, apiPath('tools', tool.id)),
    };
    return CSV_COLUMNS.map((col) => row[col]);
  });
}

/** Columns of /api/projects.csv, one hackathon project a row. */
export const PROJECT_CSV_COLUMNS = ['id', 'name', 'summary', 'lang', 'url', 'event', 'event_start', 'country', 'challenge', 'team', 'organizations', 'reuses', 'tool', 'source', 'website', 'last_step', 'last_step_date', 'last_seen_live', 'reviewed', 'json'] as const;

/** The projects as rows: where each came from and where it stands, from its sourced timeline. */
export function projectRows(c: Catalogue, site: string): string[][] {
  return c.projects.map((project) => {
    const d = project.data;
    const event = c.event.get(d.event);
    const s = standing(d.timeline);
    const row: Record<(typeof PROJECT_CSV_COLUMNS)[number], string> = {
      id: project.id,
      name: d.name,
      summary: d.summary,
      lang: d.lang,
      url: abs(site, pathTo(d.lang, 'projects', project.id)),
      event: d.event,
      event_start: event?.data.start ?? '',
      country: event?.data.country ?? '',
      challenge: d.challenge ?? '',
      team: d.team ?? '',
      organizations: list(d.organizations),
      reuses: list(d.reuses),
      tool: d.tool ?? '',
      source: d.source ?? '',
      website: d.website ?? '',
      last_step: s.step,
      last_step_date: s.date,
      last_seen_live: s.lastLive ?? '',
      reviewed: d.reviewed,
      json: abs(site, apiPath('projects', project.id)),
    };
    return PROJECT_CSV_COLUMNS.map((col) => row[col]);
  });
}
