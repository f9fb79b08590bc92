// SHA-256 of @noble/hashes (audited, no dependencies): the same fingerprint in Node and in the contribution form's browser bundle.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { SUPPORTED_LOCALES, type Kind, type Locale } from '../schemas/index.ts';
import { TRANSLATION_FIELDS } from '../schemas/translation.ts';
import type { CheckedEntry } from './entry-check.ts';
import { didYouMean } from './suggest.ts';

/** The text of an entry that a translation renders, and whose change makes a translation stale. */
export function translatableText(kind: Kind, entry: { data?: any; body: string }) {
  const d = entry.data;
  // Only an entry whose front matter passed its schema has a text to translate.
  if (!d) throw new Error('translatableText: the entry has no valid front matter');
  return {
    name: d.name as string,
    summary: d.summary as string | undefined,
    question: d.question as string | undefined,
    labels: d.labels as Record<string, string> | undefined,
    notes: kind === 'collections' ? Object.fromEntries((d.tools as { tool: string; note?: string }[]).filter((t) => t.note).map((t) => [t.tool, t.note!])) : undefined,
    body: entry.body.trim(),
  };
}

/** 12 hex characters of SHA-256 over the translatable text: what a translation records it was made from. */
export function originalDigest(kind: Kind, entry: { data?: any; body: string }): string {
  return bytesToHex(sha256(utf8ToBytes(JSON.stringify(translatableText(kind, entry))))).slice(0, 12);
}

export interface TranslationProblem {
  path: (string | number)[];
  atKey?: boolean;
  message: string;
  suggestion?: string;
  severity?: 'error' | 'warning';
}

/**
 * Rules for one translation against its original: it exists, is in another language than the
 * original, carries no fact (the schema is strict; this names the original's fields precisely),
 * notes only for items the collection has, and a fingerprint that tells whether it is stale.
 */
export function checkTranslation(
  lang: string,
  kind: Kind,
  id: string,
  translation: { data?: any; rawKeys: string[]; body?: string },
  original: CheckedEntry | undefined,
  knownIds: Iterable<string>,
): { problems: TranslationProblem[]; stale: boolean } {
  const problems: TranslationProblem[] = [];
  // Every supported language is valid here, offered or not: an instance that offers fewer
  // languages keeps the translations of the others (they are simply not published).
  if (!(SUPPORTED_LOCALES as readonly string[]).includes(lang)) {
    problems.push({ path: [], message: `expected a supported language folder (${SUPPORTED_LOCALES.join(', ')}), found "${lang}"`, suggestion: 'add the language to SUPPORTED_LOCALES in src/schemas/locales.ts first, or move the file' });
  }
  if (!original) {
    problems.push({ path: [], message: `expected a translation of an existing entry, but content/${kind}/${id}.mdx does not exist`, suggestion: didYouMean(id, knownIds) ?? 'check the file name: it must be the id of the original' });
    return { problems, stale: false };
  }
  for (const key of translation.rawKeys) {
    // Own fields only: `constructor` or `toString` are properties of every object, not facts.
    if (!TRANSLATION_FIELDS.includes(key) && Object.hasOwn(original.data ?? {}, key)) {
      problems.push({ path: [key], atKey: true, message: `"${key}" is a fact of the original entry, and facts live only there (content/${kind}/${id}.mdx)`, suggestion: `remove it; a translation holds only ${TRANSLATION_FIELDS.join(', ')} and the body` });
    }
  }
  if (original.data && original.data.lang === (lang as Locale)) {
    problems.push({ path: [], message: `the original is already written in "${lang}"`, suggestion: 'translate into another language, or edit the original' });
  }
  const data = translation.data;
  if (!data || !original.data) return { problems, stale: false };
  if (data.notes) {
    if (kind !== 'collections') problems.push({ path: ['notes'], atKey: true, message: 'only collections have notes', suggestion: 'remove notes' });
    else {
      const tools = new Set<string>(original.data.tools.map((t: { tool: string }) => t.tool));
      for (const tool of Object.keys(data.notes)) {
        if (!tools.has(tool)) problems.push({ path: ['notes', tool], atKey: true, message: `expected the id of a tool in the collection, found "${tool}"`, suggestion: didYouMean(tool, tools) });
      }
    }
  }
  if (kind !== 'criteria' && !data.summary) problems.push({ path: [], message: 'expected a translated summary, found none', suggestion: 'add summary: with the translated sentence' });
  if (kind === 'criteria' && !data.question) problems.push({ path: [], message: 'expected a translated question, found none', suggestion: 'add question: with the translated question' });
  if (!translation.body?.trim()) problems.push({ path: [], message: 'expected the translated description after the front matter, found nothing', suggestion: 'translate the body of the original' });
  if (translation.body?.trim() && translation.body.trim() === original.body.trim()) {
    problems.push({ path: [], message: `expected translated text, found the original ${original.data.lang} body unchanged`, suggestion: 'translate the body, or delete the file until it is translated' });
  }
  if (data.summary && data.summary === original.data.summary) {
    problems.push({ path: ['summary'], message: `expected a translated summary, found the original ${original.data.lang} one unchanged`, suggestion: 'translate it' });
  }
  if (data.labels) {
    const values = new Set<string>(kind === 'criteria' ? (original.data.values ?? []) : []);
    if (!values.size) problems.push({ path: ['labels'], atKey: true, message: 'only criteria with values have labels', suggestion: 'remove labels' });
    else for (const value of Object.keys(data.labels)) {
      if (!values.has(value)) problems.push({ path: ['labels', value], atKey: true, message: `expected one of the criterion's values (${[...values].join(', ')}), found "${value}"`, suggestion: didYouMean(value, values) });
    }
  }
  if (data.question && kind !== 'criteria') problems.push({ path: ['question'], atKey: true, message: 'only criteria have a question', suggestion: 'remove question' });
  if (data.summary && kind === 'criteria') problems.push({ path: ['summary'], atKey: true, message: 'criteria have no summary', suggestion: 'translate the question instead' });
  const stale = data.original_digest !== originalDigest(kind, original);
  if (stale) {
    problems.push({ path: ['original_digest'], severity: 'warning', message: `the original changed after this translation was made (fingerprint ${data.original_digest}, now ${originalDigest(kind, original)})`, suggestion: `update the translation from content/${kind}/${id}.mdx, then set original_digest: ${originalDigest(kind, original)}` });
  }
  return { problems, stale };
}
