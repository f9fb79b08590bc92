/**
 * npm run new -- <tool|use-case|organization|collection|criterion> "Name" [--id x] [--field value ...]
 * Writes content/<kind>/<id>.mdx from a commented template, refuses an existing id, then checks the
 * catalogue with the new file and lists what is left to fill in it.
 * Example: npm run new -- tool "Decidim" --website https://decidim.org --license AGPL-3.0-only
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { entryText, frontmatterField } from '../src/checking/entry-file.ts';
import { NEW_KINDS, scaffold } from './lib/scaffold.ts';
import { slugify } from '../src/schemas/vocab.ts';
import { checkContent } from '../src/checking/pipeline.ts';
import { formatProblem } from '../src/checking/problems.ts';
import { KINDS, LOCALES, SLUG_PATTERN, type Kind } from '../src/schemas/index.ts';
import { originalDigest, translatableText } from '../src/checking/translations.ts';

const LIST_FIELDS = new Set(['use_cases', 'developers', 'languages', 'tags', 'sources', 'values']);
// Any `--field value` pair fills that front-matter field, so arguments are read by hand.
const positionals: string[] = [];
const options: Record<string, string> = { dir: '.' };
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const arg = args[i];
  if (arg.startsWith('--')) {
    const [key, inline] = arg.slice(2).split(/=(.*)/s, 2);
    const value = inline ?? args[++i];
    if (value === undefined) {
      console.error(`error: --${key} needs a value`);
      process.exit(2);
    }
    options[key] = value;
  } else positionals.push(arg);
}

const [kindName, name] = positionals;
if (kindName === 'translation') await newTranslation(positionals[1], positionals[2]);

const kind = NEW_KINDS[kindName ?? ''];
if (!kind || !name) {
  console.error(`usage: npm run new -- <${Object.keys(NEW_KINDS).join('|')}> "Name" [--id some-id] [--website https://...] [--use_cases a,b]`);
  process.exit(2);
}
const id = String(options.id ?? slugify(name));
if (!SLUG_PATTERN.test(id)) {
  console.error(`error: "${id}" is not a valid id (lowercase kebab-case ASCII); pass one with --id`);
  process.exit(2);
}
const file = `content/${kind}/${id}.mdx`;
const path = `${options.dir}/${file}`;
if (existsSync(path)) {
  console.error(`error: ${file} already exists; edit it, or choose another id with --id`);
  process.exit(1);
}

const fields: Record<string, unknown> = { name };
for (const [key, value] of Object.entries(options)) {
  if (key === 'id' || key === 'dir') continue;
  const field = key.replaceAll('-', '_');
  fields[field] = LIST_FIELDS.has(field) ? value.split(',').map((v) => v.trim()).filter(Boolean) : value;
}
const today = new Date().toISOString().slice(0, 10);
const text = scaffold(kind, fields, today);
mkdirSync(`${options.dir}/content/${kind}`, { recursive: true });
writeFileSync(path, text, { flag: 'wx' });
console.log(`created ${file}`);

// The whole catalogue is checked (unchanged files come from the cache), so an unknown use case or
// organisation id shows now, not in the pull request.
const problems = (await checkContent(options.dir, { cache: true })).problems.filter((p) => p.file === file);
if (problems.length) {
  console.log(`\nLeft to fill before it validates (${problems.length}):`);
  for (const p of problems) console.log(formatProblem(p));
}
console.log('\nThen describe it in the body and run: npm run validate');

/**
 * npm run new -- translation tools/decidim ar: starts a translation from the original's text, with
 * the original's fingerprint, so the dashboard can tell when the original changes later.
 */
async function newTranslation(target: string | undefined, lang: string | undefined): Promise<never> {
  const [kind, id] = (target ?? '').split('/') as [Kind, string];
  if (!kind || !id || !lang || !(KINDS as readonly string[]).includes(kind)) {
    console.error(`usage: npm run new -- translation <${KINDS.join('|')}>/<id> <${LOCALES.join('|')}>`);
    process.exit(2);
  }
  if (!(LOCALES as readonly string[]).includes(lang)) {
    console.error(`error: "${lang}" is not a configured language (${LOCALES.join(', ')})`);
    process.exit(2);
  }
  const originalFile = `${options.dir}/content/${kind}/${id}.mdx`;
  if (!existsSync(originalFile)) {
    console.error(`error: content/${kind}/${id}.mdx does not exist`);
    process.exit(1);
  }
  const original = (await checkContent(options.dir, { cache: true })).entries[kind].find((e) => e.id === id);
  if (!original?.data) {
    console.error(`error: content/${kind}/${id}.mdx has errors; fix them first (npm run validate)`);
    process.exit(1);
  }
  if (original.data.lang === lang) {
    console.error(`error: content/${kind}/${id}.mdx is already written in ${lang}`);
    process.exit(1);
  }
  const file = `content/translations/${lang}/${kind}/${id}.mdx`;
  if (existsSync(`${options.dir}/${file}`)) {
    console.error(`error: ${file} already exists; edit it`);
    process.exit(1);
  }
  const text = translatableText(kind, original);
  const front: Record<string, unknown> = {};
  if (kind !== 'tools' && kind !== 'organizations') front.name = text.name;
  if (text.summary) front.summary = text.summary;
  if (text.question) front.question = text.question;
  if (text.notes && Object.keys(text.notes).length) front.notes = text.notes;
  front.original_digest = originalDigest(kind, original);
  const header = [`# Translation of content/${kind}/${id}.mdx into "${lang}". Replace the ${original.data.lang} text below;`, '# facts (licence, links, status...) stay in the original. Omit name to keep the original name.'];
  mkdirSync(`${options.dir}/content/translations/${lang}/${kind}`, { recursive: true });
  writeFileSync(`${options.dir}/${file}`, entryText([...header, ...Object.entries(front).map(([k, v]) => frontmatterField(k, v))], text.body), { flag: 'wx' });
  console.log(`created ${file}: translate its text, then run npm run validate`);
  process.exit(0);
}
