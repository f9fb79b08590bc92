import { entryText, frontmatterField } from '../../src/checking/entry-file.ts';
import { KINDS, SCHEMAS, SINGULAR, type Kind } from '../../src/schemas/index.ts';
import { schemaAt } from '../../src/checking/error-map.ts';

/** The kinds `npm run new` accepts, by their singular name. */
export const NEW_KINDS = Object.fromEntries(KINDS.map((kind) => [SINGULAR[kind], kind])) as Record<string, Kind>;

const BODIES: Record<Kind, string> = {
  tools: '## Ce que fait l’outil\n\nDécrivez ce que fait l’outil, pour qui, et comment il se déploie (installation, service hébergé).\n',
  'use-cases': '## Le besoin\n\nDécrivez le besoin, pour qui, et ce qu’il faut regarder pour choisir un outil.\n',
  organizations: 'Décrivez l’organisation en deux à quatre phrases.\n',
  collections: '## Pour qui\n\nExpliquez à qui s’adresse la collection et par où commencer.\n',
  criteria: '## Comment l’évaluer\n\nExpliquez comment un relecteur répond à la question, et sur quelles sources.\n',
  events: '## L’événement\n\nDécrivez en deux à quatre paragraphes qui l’a organisé, ce qu’il demandait et ce qui en est sorti.\n',
  projects: '## Le projet\n\nDécrivez ce que fait le projet, pour qui, et ce qu’il est devenu, d’après les sources.\n',
};

/** Example values shown in comments, so a contributor sees the shape of each field. */
const EXAMPLES: Record<string, string> = {
  use_cases: '[participatory-budgeting, public-consultation]',
  developers: '[decidim-association]',
  used_by: '\n#   - organization: ajuntament-de-barcelona\n#     url: https://www.decidim.barcelona\n#     since: 2016',
  languages: '[fr, en, ar]',
  criteria: '\n#   public-api: true\n#   deployment: self-hosted',
  tools: '\n#   - tool: decidim\n#     note: Pourquoi cet outil est recommandé ici.',
  sources: '\n#   - https://github.com/decidim/decidim',
  values: '[yes-value, other-value]',
  organizers: '[etalab]',
  partners: '[world-bank]',
  phases: '\n#   - phase: registration\n#     start: 2024-07-01\n#     end: 2024-09-15',
  challenges: '\n#   - id: open-data\n#     name: Données ouvertes\n#     statement: Ce que le défi demandait, en une ou deux phrases.\n#     use_cases: [open-data-portal]',
  figures: '\n#   participants: 120\n#   teams: 20',
  timeline: '\n#   - step: prototype\n#     date: 2024-09\n#     source: https://example.org/annonce-des-laureats',
  reuses: '[openfisca, decidim]',
};

/**
 * The text of a new entry: every field of the kind's schema, in schema order, preceded by its
 * description (taken from the schema itself, so template and validation cannot disagree).
 * Fields the caller did not provide are left empty, and the validator says what to fill.
 */
export function scaffold(kind: Kind, values: Record<string, unknown>, today: string): string {
  const shape = (schemaAt(SCHEMAS[kind], []) as any).shape as Record<string, any>;
  const lines: string[] = [];
  for (const [field, schema] of Object.entries(shape)) {
    const optional = schema.safeParse(undefined).success;
    const description = schema.description ?? '';
    lines.push(`# ${description}${optional ? ' (optional)' : ''}`);
    if (EXAMPLES[field]) lines.push(`# e.g. ${field}:${EXAMPLES[field].startsWith('\n') ? '' : ' '}${EXAMPLES[field]}`);
    let value = values[field];
    if (value === undefined && (field === 'reviewed' || field === 'updated')) value = today;
    if (value === undefined && field === 'lang') value = 'fr';
    if (value === undefined) {
      lines.push(optional ? `# ${field}:` : `${field}:`);
    } else {
      lines.push(frontmatterField(field, value));
    }
  }
  return entryText(lines, BODIES[kind]);
}
