import { describe, expect, test } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { CollectionSchema, CriterionSchema, KINDS, OrganizationSchema, ToolSchema, UseCaseSchema } from '../schemas/index.ts';
import { buildCatalogue, type CatalogueInput } from '../catalogue/model.ts';
import { apiJsonSchemas, entryFile, entryPayload, link, listFile } from './api.ts';
import { API_NAMES, apiFileSchemas } from './api-schemas.ts';

const SITE = 'https://catalogue.example.org';
const item = <T>(kind: string, id: string, data: T, html = '<p>Texte.</p>') => ({ id, data, html, file: `content/${kind}/${id}.mdx` });

function makeApiCatalogue() {
  const input: CatalogueInput = {
    tools: [
      item('tools', 'decidim', ToolSchema.parse({ name: 'Decidim', summary: 'Cadre libre de démocratie participative.', website: 'https://decidim.org', source: 'https://github.com/decidim/decidim', license: 'AGPL-3.0-only', type: 'software', status: 'stable', use_cases: ['budgeting'], developers: ['barcelona'], used_by: [{ organization: 'barcelona', url: 'https://decidim.barcelona', since: 2016 }], languages: ['ca', 'es'], criteria: { 'public-api': true }, reviewed: '2026-11-23', sources: ['https://decidim.org'] })),
      item('tools', 'echo', ToolSchema.parse({ name: 'Echo', summary: 'A proprietary service written in English.', website: 'https://echo.example.org', license: 'proprietary', type: 'service', status: 'beta', use_cases: ['budgeting'], reviewed: '2025-01-02', sources: ['https://echo.example.org'], lang: 'en' })),
    ],
    useCases: [item('use-cases', 'participation', UseCaseSchema.parse({ name: 'Participation', summary: 'Associer les habitants aux décisions.' })), item('use-cases', 'budgeting', UseCaseSchema.parse({ name: 'Budget participatif', summary: 'Les habitants décident d’une part du budget.', parent: 'participation' }))],
    organizations: [item('organizations', 'barcelona', OrganizationSchema.parse({ name: 'Ajuntament de Barcelona', summary: 'La ville de Barcelone, en Espagne.', type: 'local-government', country: 'ES', website: 'https://barcelona.cat', sources: ['https://barcelona.cat'] }))],
    collections: [item('collections', 'kit', CollectionSchema.parse({ name: 'Kit', summary: 'Une collection de démonstration.', curator: 'barcelona', tools: [{ tool: 'decidim', note: 'Le plus complet.' }, { tool: 'echo' }], updated: '2026-11-23' }))],
    criteria: [item('criteria', 'public-api', CriterionSchema.parse({ name: 'API publique', question: 'L’outil a-t-il une API publique ?', type: 'boolean' }))],
    translations: [
      { lang: 'en', kind: 'tools', original: 'decidim', summary: 'Free participatory democracy framework.', html: '<p>Text.</p>', stale: false, file: 'content/translations/en/tools/decidim.mdx' },
      { lang: 'ar', kind: 'collections', original: 'kit', name: 'عدة', summary: 'مجموعة للتجربة فقط.', notes: { decidim: 'الأكمل.' }, html: '<p>نص.</p>', stale: true, file: 'content/translations/ar/collections/kit.mdx' },
    ],
  };
  return buildCatalogue(input);
}

const c = makeApiCatalogue();

describe('entry payloads', () => {
  test('a tool resolves its links with a name and a page in every locale', () => {
    const tool = entryPayload(c, 'tools', 'decidim', SITE);
    expect(tool.use_cases).toEqual([
      {
        id: 'budgeting',
        name: { fr: 'Budget participatif', en: 'Budget participatif', ar: 'Budget participatif' },
        url: { fr: `${SITE}/fr/use-cases/budgeting/`, en: `${SITE}/en/use-cases/budgeting/`, ar: `${SITE}/ar/use-cases/budgeting/` },
        api: `${SITE}/api/use-cases/budgeting.json`,
      },
    ]);
    expect(tool.used_by[0]).toMatchObject({ organization: { id: 'barcelona' }, url: 'https://decidim.barcelona', since: 2016 });
    expect(tool.criteria).toEqual([{ criterion: expect.objectContaining({ id: 'public-api', url: expect.objectContaining({ en: `${SITE}/en/criteria/#public-api` }) }), value: true }]);
    expect(tool.collections.map((l) => l.id)).toEqual(['kit']);
    expect(tool.countries).toEqual(['ES']);
    expect(tool.license_family).toBe('open');
  });

  test('text holds only the languages that really have it, never a fallback copy', () => {
    const tool = entryPayload(c, 'tools', 'decidim', SITE);
    expect(tool.lang).toBe('fr');
    expect(Object.keys(tool.text)).toEqual(['fr', 'en']);
    expect(tool.text.en).toEqual({ name: 'Decidim', summary: 'Free participatory democracy framework.', body_html: '<p>Text.</p>' });
    expect(Object.keys(entryPayload(c, 'tools', 'echo', SITE).text)).toEqual(['en']);
  });

  test('a collection lists its tools in order, with per-language notes and stale translations flagged', () => {
    const kit = entryPayload(c, 'collections', 'kit', SITE);
    expect(kit.tools.map((t) => t.tool.id)).toEqual(['decidim', 'echo']);
    expect(kit.tools[0].note).toEqual({ fr: 'Le plus complet.', ar: 'الأكمل.' });
    expect(kit.tools[1].note).toBeUndefined();
    expect(kit.tools[1].tool).toMatchObject({ lang: 'en', license: 'proprietary', license_family: 'proprietary', text: { en: { name: 'Echo' } } });
    expect(kit.text.ar).toMatchObject({ name: 'عدة', stale: true });
    expect(kit.curator.name.ar).toBe('Ajuntament de Barcelona');
  });

  test('use cases and organisations derive the other side of each link', () => {
    const participation = entryPayload(c, 'use-cases', 'participation', SITE);
    expect(participation.children.map((l) => l.id)).toEqual(['budgeting']);
    const budgeting = entryPayload(c, 'use-cases', 'budgeting', SITE);
    expect(budgeting.parent?.id).toBe('participation');
    expect(budgeting.tools.map((l) => l.id)).toEqual(['decidim', 'echo']);
    const org = entryPayload(c, 'organizations', 'barcelona', SITE);
    expect(org.develops.map((l) => l.id)).toEqual(['decidim']);
    expect(org.uses).toEqual([expect.objectContaining({ tool: expect.objectContaining({ id: 'decidim' }), since: 2016 })]);
    expect(org.curates.map((l) => l.id)).toEqual(['kit']);
  });

  test('lists leave the description HTML to the one-entry files', () => {
    const list = listFile(c, 'tools', SITE);
    expect(list.count).toBe(2);
    expect(list.items[0].text.fr).not.toHaveProperty('body_html');
    expect(entryFile(c, 'tools', 'decidim', SITE).text.fr?.body_html).toBe('<p>Texte.</p>');
  });

  test('an unknown id is an error that names it', () => {
    expect(() => link(c, 'tools', 'ghost', SITE)).toThrow(/tools entry "ghost"/);
  });
});

describe('published JSON Schemas of the API', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const schemas = apiJsonSchemas(SITE);
  for (const schema of Object.values(schemas)) ajv.addSchema(schema);
  const check = (value: any) => {
    const validate = ajv.getSchema(value.$schema)!;
    expect(validate, value.$schema).toBeTypeOf('function');
    const ok = validate(value);
    expect(validate.errors ?? [], JSON.stringify(value).slice(0, 80)).toEqual([]);
    return ok;
  };

  test.each(KINDS)('every %s file validates against its Zod schema and its JSON Schema', (kind) => {
    const files = [listFile(c, kind, SITE), ...listFile(c, kind, SITE).items.map((e) => entryFile(c, kind, e.id, SITE))];
    for (const file of files) {
      expect(check(file)).toBe(true);
      const name = 'items' in file ? `${API_NAMES[kind]}-list` : API_NAMES[kind];
      expect(apiFileSchemas()[name].safeParse(file).error).toBeUndefined();
    }
  });

  test('the schemas are strict: a misspelt field or a javascript: link is refused', () => {
    const tool = entryFile(c, 'tools', 'decidim', SITE);
    const validate = ajv.getSchema(tool.$schema)!;
    expect(validate({ ...tool, licence: 'MIT' })).toBe(false);
    expect(validate({ ...tool, website: 'javascript:alert(1)' })).toBe(false);
    expect(validate({ ...tool, text: { de: { name: 'x' } } })).toBe(false);
  });

  test('each schema has its absolute $id', () => {
    expect((schemas.tool as any).$id).toBe(`${SITE}/api/schemas/tool.schema.json`);
    expect(Object.keys(schemas).sort()).toEqual(['collection', 'collection-list', 'criterion', 'criterion-list', 'event', 'event-list', 'oembed', 'organization', 'organization-list', 'project', 'project-list', 'tool', 'tool-list', 'use-case', 'use-case-list']);
  });
});

describe('projects CSV', () => {
  test('one row a project, with where it stands from its timeline', async () => {
    const { EventSchema, ProjectSchema } = await import('../schemas/index.ts');
    const { buildCatalogue } = await import('../catalogue/model.ts');
    const { PROJECT_CSV_COLUMNS, projectRows } = await import('./api.ts');
    const event = { id: 'hack', data: EventSchema.parse({ name: 'Hack', summary: 'Un hackathon de démonstration.', organizers: ['o'], start: '2020-01-24', country: 'TN', reviewed: '2026-11-30', sources: ['https://h.example.org'] }), html: '', file: '' };
    const project = { id: 'p', data: ProjectSchema.parse({ name: 'P', summary: 'Un projet de démonstration issu du hackathon.', event: 'hack', timeline: [{ step: 'live', date: '2021', source: 'https://h.example.org/a' }, { step: 'selected', date: '2021-06', source: 'https://h.example.org/b' }], reviewed: '2026-11-30', sources: ['https://h.example.org/a'] }), html: '', file: '' };
    const c = buildCatalogue({ tools: [], useCases: [], organizations: [], collections: [], criteria: [], events: [event], projects: [project] });
    const [row] = projectRows(c, 'https://x.org');
    const at = (col: (typeof PROJECT_CSV_COLUMNS)[number]) => row[PROJECT_CSV_COLUMNS.indexOf(col)];
    expect([at('event'), at('event_start'), at('country')]).toEqual(['hack', '2020-01-24', 'TN']);
    expect([at('last_step'), at('last_step_date'), at('last_seen_live')]).toEqual(['selected', '2021-06', '2021']);
    expect(at('url')).toBe('https://x.org/fr/projects/p/');
  });
});
