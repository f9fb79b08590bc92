/**
 * A synthetic catalogue for the performance benchmark (npm run bench): N tools, N/10 use cases,
 * N/4 organisations, N/100 collections and copies of the real criteria, every file valid against
 * the real schemas and cross-referenced the way contributors would write them.
 *
 * `generateCatalogue` is pure and deterministic: the same options give the same files, byte for
 * byte (a seeded PRNG, no clock, no file system). `readCriteria` and `writeCatalogue` do the I/O.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { splitFrontmatter } from '../../src/checking/frontmatter.ts';
import { normaliseName } from '../../src/checking/integrity.ts';
import { prng, type Rng } from './prng.ts';
import { slugify } from '../../src/schemas/vocab.ts';

export interface SyntheticOptions {
  /** Number of tools; the other kinds are derived from it (see `syntheticCounts`). */
  n: number;
  /** PRNG seed: the same seed gives the same catalogue. */
  seed?: number;
  /** Today's date (YYYY-MM-DD): review dates fall in the year before it, so none is stale or in the future. */
  today: string;
  /** The criteria to copy, as id -> file text (see `readCriteria`); tools answer them according to their type. */
  criteria: Record<string, string>;
  /** Ids the first tools take instead of their generated ones (the tools the editorial pages name). */
  toolIds?: readonly string[];
}

/** The tool ids the editorial pages of a project name (`<Tool id="decidim" />`), which any catalogue it builds must hold. */
export function editorialToolIds(root: string): string[] {
  const ids = new Set<string>();
  const walk = (dir: string) => {
    for (const d of readdirSync(dir, { withFileTypes: true })) {
      if (d.isDirectory()) walk(join(dir, d.name));
      else if (d.name.endsWith('.mdx')) for (const m of readFileSync(join(dir, d.name), 'utf8').matchAll(/<Tool id="([a-z0-9-]+)"/g)) ids.add(m[1]);
    }
  };
  walk(join(root, 'src', 'editorial'));
  return [...ids].sort();
}

export interface SyntheticCounts {
  tools: number;
  useCases: number;
  organizations: number;
  collections: number;
}

export function syntheticCounts(n: number): SyntheticCounts {
  if (!Number.isInteger(n) || n < 10) throw new Error(`expected a whole number of tools of at least 10, found ${n}`);
  return {
    tools: n,
    useCases: Math.max(1, Math.floor(n / 10)),
    organizations: Math.max(1, Math.floor(n / 4)),
    collections: Math.max(1, Math.floor(n / 100)),
  };
}

const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)];
const between = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
/** `count` distinct items of `list` (all of it when it is shorter). */
function sample<T>(rng: Rng, list: readonly T[], count: number): T[] {
  if (count >= list.length) return [...list];
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(Math.floor(rng() * list.length));
  return [...chosen].map((i) => list[i]);
}

const q = (s: string) => JSON.stringify(s); // a JSON string is a valid YAML double-quoted scalar

function daysBefore(today: string, days: number): string {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// Vocabularies

const FR_WORDS = `administration citoyens collectivité commune données ouvertes publication budget participatif
  consultation publique plateforme outil logiciel libre service hébergé interface module propositions débats
  vote pétition signalement carte territoire quartier habitants élus conseil municipal délibération transparence
  marchés publics contrats dépenses recettes subventions indicateurs tableau bord suivi engagements plan action
  archives documents demandes accès information loi amendement texte parlement député sénat séance commission
  rapport évaluation qualité sécurité hébergement serveur installation documentation communauté contributeurs
  traduction langue accessibilité mobile application formulaire démarche usager guichet procédure instruction
  agent équipe projet calendrier étape jalon échéance responsable résultat impact réutilisation licence code
  source dépôt version mise jour sauvegarde export import format standard interopérabilité annuaire catalogue
  jeu recherche filtre catégorie étiquette commentaire modération notification courriel compte profil
  association fondation ministère région département métropole village ville école santé transport énergie
  environnement climat eau déchets mobilité logement culture sport jeunesse emploi solidarité aide simulateur
  droit prestation allocation impôt fiscalité statistique enquête recensement questionnaire collecte terrain`
  .split(/\s+/)
  .filter(Boolean);
const FR_GLUE = ['le', 'la', 'les', 'des', 'du', 'un', 'une', 'et', 'pour', 'avec', 'dans', 'sur', 'par', 'qui', 'ses', 'leurs', 'chaque', 'aussi', 'ainsi', 'selon'];
const FR_VERBS = ['permet', 'publie', 'facilite', 'organise', 'suit', 'rassemble', 'propose', 'affiche', 'simplifie', 'accompagne', 'relie', 'mesure', 'documente', 'ouvre', 'partage'];

const EN_WORDS = `administration citizens municipality council open data publication participatory budget public consultation
  platform tool software free service hosted interface module proposals debates vote petition report map territory
  neighbourhood residents officials meeting deliberation transparency procurement contracts spending revenue grants
  indicators dashboard tracking commitments action plan archives documents requests access information law amendment
  bill parliament member senate session committee evaluation quality security hosting server installation
  documentation community contributors translation language accessibility mobile application form procedure
  user desk case officer team project schedule milestone deadline owner result impact reuse licence code source
  repository release update backup export import format standard interoperability directory catalogue dataset search
  filter category tag comment moderation notification email account profile association foundation ministry region
  county city village school health transport energy environment climate water waste mobility housing culture
  sport youth employment welfare benefit simulator rights allowance tax statistics survey census questionnaire
  collection fieldwork`
  .split(/\s+/)
  .filter(Boolean);
const EN_GLUE = ['the', 'a', 'its', 'their', 'and', 'for', 'with', 'in', 'on', 'by', 'which', 'every', 'also', 'so', 'through', 'across'];
const EN_VERBS = ['lets', 'publishes', 'helps', 'organises', 'tracks', 'gathers', 'offers', 'shows', 'simplifies', 'supports', 'connects', 'measures', 'documents', 'opens', 'shares'];

const NAME_HEADS = ['Civi', 'Demo', 'Parti', 'Vox', 'Agora', 'Budge', 'Open', 'Data', 'Lex', 'Citi', 'Publi', 'Conse', 'Vota', 'Trans', 'Muni', 'Terri', 'Commu', 'Dialo', 'Peti', 'Deci', 'Forum', 'Ville', 'Quar', 'Regi', 'Archi', 'Loi', 'Signa', 'Carto', 'Enque', 'Aide'];
const NAME_TAILS = ['lab', 'kit', 'hub', 'scope', 'base', 'flow', 'map', 'board', 'track', 'desk', 'forum', 'link', 'box', 'watch', 'net', 'space', 'log', 'pad', 'stack', 'view', 'ia', 'o', 'ix', 'ly', 'era'];
const NAME_QUALIFIERS = ['Pro', 'Libre', 'Cloud', 'Ouvert', 'Plus', 'Local', 'Civic', 'Public', 'Express', 'Studio', 'Commons', 'Next', 'Lite', 'Suite', 'Connect', 'Atlas', 'Nova', 'Terra', 'Polis', 'Metro'];

const CITIES = ['Paris', 'Lyon', 'Marseille', 'Lille', 'Nantes', 'Rennes', 'Bordeaux', 'Toulouse', 'Grenoble', 'Strasbourg', 'Montpellier', 'Dijon', 'Brest', 'Nancy', 'Rabat', 'Casablanca', 'Fès', 'Tanger', 'Agadir', 'Tunis', 'Sfax', 'Sousse', 'Bizerte', 'Dakar', 'Abidjan', 'Montréal', 'Québec', 'Bruxelles', 'Liège', 'Genève', 'Lausanne', 'Barcelona', 'Madrid', 'Lisboa', 'Porto', 'Nairobi', 'Lagos', 'Accra', 'Kigali', 'Bogotá', 'Lima', 'Santiago', 'Recife', 'Curitiba', 'Oakland', 'Chicago', 'Reykjavík', 'Helsinki', 'Tallinn', 'Taipei'];
const COUNTRIES = ['FR', 'FR', 'FR', 'MA', 'MA', 'TN', 'TN', 'SN', 'CI', 'BE', 'CA', 'CH', 'ES', 'PT', 'KE', 'NG', 'GH', 'RW', 'CO', 'PE', 'CL', 'BR', 'US', 'GB', 'IS', 'FI', 'EE', 'TW', 'DZ', 'DE', 'IT', 'IN', 'ZA', 'MX', 'AR'];
const ORG_TYPES = ['government', 'local-government', 'civil-society', 'company', 'academic', 'international'] as const;
const ORG_PATTERNS: Record<(typeof ORG_TYPES)[number], ((w: string, c: string) => string)[]> = {
  government: [(w) => `Ministère ${w}`, (w) => `Agence nationale ${w}`, (w, c) => `Direction ${w} de ${c}`],
  'local-government': [(_, c) => `Ville de ${c}`, (_, c) => `Métropole de ${c}`, (w, c) => `Conseil ${w} de ${c}`, (_, c) => `Région de ${c}`],
  'civil-society': [(w) => `Association ${w}`, (w, c) => `Collectif ${w} ${c}`, (w) => `${w} Foundation`, (w, c) => `${c} ${w} Initiative`],
  company: [(w) => `${w} Labs`, (w) => `${w} Solutions`, (w, c) => `${w} Conseil ${c}`, (w) => `${w} Coop`],
  academic: [(_, c) => `Université de ${c}`, (w, c) => `Institut ${w} de ${c}`, (w) => `Centre de recherche ${w}`],
  international: [(w) => `Réseau international ${w}`, (w) => `Global ${w} Alliance`, (w) => `Observatoire mondial ${w}`],
};
const ORG_WORDS = ['Civique', 'Numérique', 'Transparence', 'Participation', 'Données', 'Démocratie', 'Open Gov', 'Citoyenneté', 'Territoires', 'Communs', 'Action Publique', 'Innovation', 'Solidarité', 'Budget', 'Justice', 'Mobilité', 'Climat', 'Santé', 'Éducation', 'Archives'];

const UC_ACTIONS = ['Consultation', 'Suivi', 'Publication', 'Cartographie', 'Signalement', 'Gestion', 'Analyse', 'Co-construction', 'Archivage', 'Simulation', 'Collecte', 'Visualisation', 'Vote', 'Contrôle', 'Évaluation', 'Planification'];
const UC_OBJECTS = ['des marchés publics', 'des données budgétaires', 'des pétitions', 'des lois', 'des élus', 'des subventions', 'des plans d’action', 'des demandes d’accès', 'des incidents urbains', 'des enquêtes', 'des prestations sociales', 'des délibérations', 'des engagements', 'des dépenses locales', 'des jeux de données', 'des démarches en ligne', 'des projets citoyens', 'des réunions publiques', 'des indicateurs', 'du patrimoine', 'des transports', 'de la qualité de l’air', 'des déchets', 'de l’eau', 'du logement', 'des écoles', 'de la santé publique', 'des archives', 'des amendements', 'des budgets participatifs'];
const UC_QUALIFIERS = ['en ligne', 'locale', 'nationale', 'ouverte', 'citoyenne', 'collaborative', 'territoriale', 'mobile'];

const LICENSES = ['AGPL-3.0-only', 'AGPL-3.0-or-later', 'GPL-3.0-or-later', 'MIT', 'Apache-2.0', 'BSD-3-Clause', 'MPL-2.0', 'EUPL-1.2', 'LGPL-3.0-only', 'MIT OR Apache-2.0', 'proprietary'];
const TOOL_TYPES = ['software', 'software', 'software', 'service'] as const;
const STATUSES = ['concept', 'development', 'beta', 'stable', 'stable', 'stable', 'obsolete'] as const;
const LANGUAGES = ['fr', 'en', 'ar', 'es', 'pt', 'pt-BR', 'de', 'it', 'ca', 'nl', 'sw', 'zh-Hant'];
const TAGS = ['participation', 'transparence', 'données ouvertes', 'budget', 'open data', 'civic tech', 'cartographie', 'vote', 'pétition', 'marchés publics', 'API', 'Ruby on Rails', 'Django', 'PHP', 'JavaScript', 'accessibilité', 'multilingue', 'collectivités', 'parlement', 'statistiques'];
const TEXT_ANSWERS: Record<string, string[]> = {
  'programming-language': ['Ruby', 'Python', 'PHP', 'Java', 'TypeScript', 'JavaScript', 'Go', 'Elixir', 'C#', 'Kotlin'],
  'open-standard': ['OCDS', 'DCAT', 'Popolo', 'DDI', 'GTFS', 'IATI', 'SDMX', 'Open311'],
};
const FORGES = ['github.com', 'gitlab.com', 'framagit.org', 'codeberg.org', 'git.example-forge.org'];
const TLDS = ['org', 'fr', 'io', 'net', 'ma', 'tn', 'eu'];

// ---------------------------------------------------------------------------------------------
// Text

interface Lang {
  words: string[];
  glue: string[];
  verbs: string[];
}
const LANGS: Record<'fr' | 'en', Lang> = {
  fr: { words: FR_WORDS, glue: FR_GLUE, verbs: FR_VERBS },
  en: { words: EN_WORDS, glue: EN_GLUE, verbs: EN_VERBS },
};

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function sentence(rng: Rng, lang: Lang, subject: string, min = 8, max = 16): string {
  const length = between(rng, min, max);
  const out = [subject, pick(rng, lang.verbs)];
  while (out.length < length) out.push(rng() < 0.35 ? pick(rng, lang.glue) : pick(rng, lang.words));
  return `${capitalise(out.join(' '))}.`;
}

function paragraph(rng: Rng, lang: Lang, subject: string, words: number, link?: () => string): string {
  const sentences: string[] = [];
  let count = 0;
  while (count < words) {
    let s = sentence(rng, lang, count === 0 ? subject : pick(rng, lang.glue), 8, 16);
    if (link && rng() < 0.3) s = s.replace(/\.$/, ` ${link()}.`);
    sentences.push(s);
    count += s.split(' ').length;
  }
  return sentences.join(' ');
}

const HEADINGS = {
  fr: { what: (n: string) => `Ce que fait ${n}`, who: 'Pour qui', deploy: 'Déploiement', licence: 'Licence et communauté', need: 'Le besoin', criteria: 'Critères de choix', start: 'Par où commencer', docs: 'documentation', guide: 'guide d’installation', more: 'en savoir plus' },
  en: { what: (n: string) => `What ${n} does`, who: 'Who it is for', deploy: 'Deployment', licence: 'Licence and community', need: 'The need', criteria: 'How to choose', start: 'Where to start', docs: 'documentation', guide: 'installation guide', more: 'read more' },
};

function toolBody(rng: Rng, lang: 'fr' | 'en', name: string, website: string, source: string | undefined): string {
  const L = LANGS[lang];
  const h = HEADINGS[lang];
  const link = () => pick(rng, [`([${h.docs}](${website}/docs/))`, `([${h.more}](${website}/about/))`, source ? `([code](${source}))` : `([${h.guide}](${website}/install/))`]);
  const items = Array.from({ length: between(rng, 4, 6) }, () => `- **${capitalise(pick(rng, L.words))}** : ${sentence(rng, L, pick(rng, L.words), 5, 9)}`);
  const parts = [
    `## ${h.what(name)}`,
    '',
    paragraph(rng, L, name, 70, link),
    '',
    items.join('\n'),
    '',
    `## ${h.who}`,
    '',
    paragraph(rng, L, pick(rng, L.words), 60),
    '',
    `## ${h.deploy}`,
    '',
    paragraph(rng, L, name, 60, link),
    '',
    `- [${capitalise(h.docs)}](${website}/docs/)`,
    `- [${capitalise(h.guide)}](${website}/docs/install/)`,
    ...(source ? [`- [Code](${source})`] : []),
    '',
    `## ${h.licence}`,
    '',
    paragraph(rng, L, name, 40),
    '',
  ];
  return parts.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Names

/** A unique name: `make()` is tried until its normalised form is new; later attempts get a number. */
function uniqueName(taken: Set<string>, make: () => string): string {
  for (let attempt = 0; attempt < 5; attempt++) {
    const candidate = make();
    const key = normaliseName(candidate);
    if (candidate.length <= 80 && !taken.has(key) && slugify(candidate)) {
      taken.add(key);
      return candidate;
    }
  }
  for (let k = 2; ; k++) {
    const candidate = `${make()} ${k}`;
    const key = normaliseName(candidate);
    if (candidate.length <= 80 && !taken.has(key)) {
      taken.add(key);
      return candidate;
    }
  }
}

/** Ids are slugs of names; two names that normalise differently can still share a slug ("A-B" / "A B"), so check. */
function uniqueId(name: string, taken: Set<string>): string {
  const base = slugify(name);
  let id = base;
  for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
  taken.add(id);
  return id;
}

// ---------------------------------------------------------------------------------------------
// The catalogue

interface CriterionDef {
  id: string;
  type: string;
  values?: string[];
}

function parseCriteria(criteria: Record<string, string>): CriterionDef[] {
  return Object.entries(criteria)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, text]) => {
      const data = splitFrontmatter(text).data as { type?: string; values?: string[] } | undefined;
      if (!data?.type) throw new Error(`criterion ${id}: no type in its front matter`);
      return { id, type: data.type, values: data.values };
    });
}

function answer(rng: Rng, def: CriterionDef): boolean | string {
  if (def.type === 'boolean') return rng() < 0.6;
  if (def.type === 'enum') return pick(rng, def.values ?? []);
  return pick(rng, TEXT_ANSWERS[def.id] ?? ['Voir la documentation', 'Partiel', 'Oui, avec limites']);
}

/** Every file of the catalogue, as `content/<kind>/<id>.mdx` -> text, in a stable order. */
export function generateCatalogue(options: SyntheticOptions): Map<string, string> {
  const counts = syntheticCounts(options.n);
  const rng = prng(options.seed ?? 20161207);
  const files = new Map<string, string>();
  const criteria = parseCriteria(options.criteria);

  // Organisations
  const orgNames = new Set<string>();
  const orgIds = new Set<string>();
  const orgs: { id: string; host: string }[] = [];
  for (let i = 0; i < counts.organizations; i++) {
    // The first three are in France, Morocco and Tunisia, so every catalogue has those countries.
    const type = i < 3 ? pick(rng, ORG_TYPES.slice(0, -1)) : pick(rng, ORG_TYPES);
    const name = uniqueName(orgNames, () => pick(rng, ORG_PATTERNS[type])(pick(rng, ORG_WORDS), pick(rng, CITIES)));
    const id = uniqueId(name, orgIds);
    const host = `${id}.${pick(rng, TLDS)}`;
    orgs.push({ id, host });
    const lang = rng() < 0.7 ? 'fr' : 'en';
    const country = i < 3 ? ['FR', 'MA', 'TN'][i] : type === 'international' ? undefined : pick(rng, COUNTRIES);
    const L = LANGS[lang];
    files.set(
      `content/organizations/${id}.mdx`,
      [
        '---',
        `name: ${q(name)}`,
        `summary: ${q(sentence(rng, L, name, 8, 16).slice(0, 160))}`,
        `type: ${type}`,
        ...(country ? [`country: ${country}`] : []),
        `website: https://www.${host}`,
        'sources:',
        `  - https://www.${host}`,
        `  - https://www.${host}/a-propos/`,
        `lang: ${lang}`,
        '---',
        '',
        paragraph(rng, L, name, between(rng, 40, 90), () => `([site](https://www.${host}))`),
        '',
      ].join('\n'),
    );
  }

  // Use cases: a parent always comes earlier and has no parent itself, so the tree has depth 2 and no cycle.
  const ucNames = new Set<string>();
  const ucIds = new Set<string>();
  const useCases: { id: string; parent?: string }[] = [];
  for (let i = 0; i < counts.useCases; i++) {
    const name = uniqueName(ucNames, () => {
      const base = `${pick(rng, UC_ACTIONS)} ${pick(rng, UC_OBJECTS)}`;
      return rng() < 0.4 ? `${base} ${pick(rng, UC_QUALIFIERS)}` : base;
    });
    const id = uniqueId(name, ucIds);
    const roots = useCases.filter((u) => !u.parent);
    const parent = i >= 5 && rng() < 0.3 && roots.length ? pick(rng, roots.slice(0, 50)).id : undefined;
    useCases.push({ id, parent });
    const lang = rng() < 0.75 ? 'fr' : 'en';
    const L = LANGS[lang];
    const h = HEADINGS[lang];
    files.set(
      `content/use-cases/${id}.mdx`,
      [
        '---',
        `name: ${q(name)}`,
        `summary: ${q(sentence(rng, L, pick(rng, L.words), 8, 16).slice(0, 160))}`,
        ...(parent ? [`parent: ${parent}`] : []),
        ...(rng() < 0.7 ? ['sources:', `  - https://www.opengovpartnership.org/${id}/`] : []),
        `lang: ${lang}`,
        '---',
        '',
        `## ${h.need}`,
        '',
        paragraph(rng, L, pick(rng, L.words), 80),
        '',
        `## ${h.who}`,
        '',
        paragraph(rng, L, pick(rng, L.words), 50),
        '',
        `## ${h.criteria}`,
        '',
        ...Array.from({ length: between(rng, 3, 6) }, () => `- ${sentence(rng, L, pick(rng, L.words), 5, 10)}`),
        '',
      ].join('\n'),
    );
  }

  // Tools: tool i serves use case i mod U first, so every use case has at least one tool.
  const toolNames = new Set<string>();
  const toolIds = new Set<string>();
  const tools: string[] = [];
  const ucList = useCases.map((u) => u.id);
  const orgList = orgs.map((o) => o.id);
  for (let i = 0; i < counts.tools; i++) {
    const name = uniqueName(toolNames, () => {
      const base = `${pick(rng, NAME_HEADS)}${pick(rng, NAME_TAILS)}`;
      return rng() < 0.5 ? base : `${base} ${pick(rng, NAME_QUALIFIERS)}`;
    });
    // The editorial pages (about, guides) name real tools: the first generated tools take those ids, so every page builds.
    const reserved = options.toolIds?.[i];
    const id = reserved && !toolIds.has(reserved) ? (toolIds.add(reserved), reserved) : uniqueId(name, toolIds);
    tools.push(id);
    const lang = rng() < 0.65 ? 'fr' : 'en';
    const L = LANGS[lang];
    const website = `https://${rng() < 0.5 ? 'www.' : ''}${id}.${pick(rng, TLDS)}`;
    const developers = rng() < 0.8 ? sample(rng, orgList, between(rng, 1, 2)) : [];
    const forgeOwner = developers[0] ?? id;
    const source = rng() < 0.75 ? `https://${pick(rng, FORGES)}/${forgeOwner}/${id}` : undefined;
    const uses = new Set([ucList[i % ucList.length], ...sample(rng, ucList, between(rng, 0, 3))]);
    const usedBy = rng() < 0.6 ? sample(rng, orgs, between(rng, 1, 3)) : [];
    const answered = criteria.filter(() => rng() < 0.6);
    const lines = [
      '---',
      `name: ${q(name)}`,
      `summary: ${q(sentence(rng, L, name, 10, 20).slice(0, 160))}`,
      `website: ${website}`,
      ...(source ? [`source: ${source}`] : []),
      `license: ${source ? pick(rng, LICENSES.slice(0, -1)) : pick(rng, LICENSES)}`,
      `type: ${pick(rng, TOOL_TYPES)}`,
      `status: ${pick(rng, STATUSES)}`,
      `use_cases: [${[...uses].join(', ')}]`,
      ...(developers.length ? [`developers: [${developers.join(', ')}]`] : []),
      ...(usedBy.length ? ['used_by:', ...usedBy.flatMap((o) => [`  - organization: ${o.id}`, `    url: https://${id}.${o.host}`, ...(rng() < 0.7 ? [`    since: ${between(rng, 2008, 2026)}`] : [])])] : []),
      ...(rng() < 0.8 ? [`languages: [${sample(rng, LANGUAGES, between(rng, 1, 4)).join(', ')}]`] : []),
      ...(answered.length ? ['criteria:', ...answered.map((c) => `  ${c.id}: ${JSON.stringify(answer(rng, c))}`)] : []),
      ...(rng() < 0.8 ? [`tags: [${sample(rng, TAGS, between(rng, 1, 5)).map(q).join(', ')}]`] : []),
      `reviewed: ${daysBefore(options.today, between(rng, 0, 365))}`,
      'sources:',
      `  - ${website}`,
      ...(source ? [`  - ${source}`] : []),
      `  - ${website}/docs/`,
      `lang: ${lang}`,
      '---',
      '',
      toolBody(rng, lang, name, website, source),
    ];
    files.set(`content/tools/${id}.mdx`, lines.join('\n'));
  }

  // Collections
  const colNames = new Set<string>();
  const colIds = new Set<string>();
  for (let i = 0; i < counts.collections; i++) {
    const lang = rng() < 0.7 ? 'fr' : 'en';
    const L = LANGS[lang];
    const h = HEADINGS[lang];
    const name = uniqueName(colNames, () => `${pick(rng, lang === 'fr' ? ['Boîte à outils', 'Sélection', 'Kit de démarrage', 'Panorama'] : ['Toolkit', 'Starter kit', 'Selection', 'Overview'])} ${pick(rng, UC_OBJECTS)}`);
    const id = uniqueId(name, colIds);
    const members = sample(rng, tools, between(rng, 5, 20));
    files.set(
      `content/collections/${id}.mdx`,
      [
        '---',
        `name: ${q(name)}`,
        `summary: ${q(sentence(rng, L, pick(rng, L.words), 8, 16).slice(0, 160))}`,
        `curator: ${pick(rng, orgList)}`,
        'tools:',
        ...members.flatMap((t) => [`  - tool: ${t}`, ...(rng() < 0.8 ? [`    note: ${q(sentence(rng, L, pick(rng, L.words), 6, 14))}`] : [])]),
        `updated: ${q(daysBefore(options.today, between(rng, 0, 200)))}`,
        `lang: ${lang}`,
        '---',
        '',
        `## ${h.who}`,
        '',
        paragraph(rng, L, pick(rng, L.words), 60),
        '',
        `## ${h.start}`,
        '',
        ...members.slice(0, 5).map((t, k) => `${k + 1}. **${t}** : ${sentence(rng, L, pick(rng, L.words), 6, 12)}`),
        '',
      ].join('\n'),
    );
  }

  for (const [id, text] of Object.entries(options.criteria).sort(([a], [b]) => a.localeCompare(b))) files.set(`content/criteria/${id}.mdx`, text);
  return files;
}

// ---------------------------------------------------------------------------------------------
// I/O

/** The criteria of a project, as id -> file text (reads `<root>/content/criteria/*.mdx`). */
export function readCriteria(root: string): Record<string, string> {
  const dir = join(root, 'content', 'criteria');
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) if (name.endsWith('.mdx') && !name.startsWith('_')) out[name.replace(/\.mdx$/, '')] = readFileSync(join(dir, name), 'utf8');
  return out;
}

/** Writes the files under `root`; returns the number of bytes written. */
export function writeCatalogue(root: string, files: Map<string, string>): number {
  let bytes = 0;
  const made = new Set<string>();
  for (const [path, text] of files) {
    const full = join(root, path);
    const dir = dirname(full);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(full, text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}
