import { z } from 'zod';
import { draftMark, name, slug, summary } from './fields.ts';

/**
 * A translation holds only translatable text; facts (licence, URLs, links, status) live once in
 * the original entry, so they cannot drift between languages. Its place in the tree says what it
 * translates: content/translations/<lang>/<kind>/<id>.mdx.
 */
export const TranslationSchema = z.strictObject({
  name: name.optional().describe('The name in this language, only where it differs (use cases, collections); brand names stay as they are.'),
  summary: summary.optional().describe('The one-sentence summary, translated.'),
  question: z.string().trim().min(5).max(200).optional().describe('For criteria: the question, translated.'),
  notes: z.record(slug, z.string().trim().min(1).max(300)).optional().describe('For collections: the note of each item, by tool id.'),
  labels: z.record(slug, z.string().trim().min(1).max(60)).optional().describe('For enum criteria: how each value reads in this language, by value.'),
  original_digest: z
    .string()
    .regex(/^[0-9a-f]{12}$/, 'the 12-character fingerprint written by `npm run new -- translation`')
    .describe('Fingerprint of the original text this translation was made from; when the original changes, the translation shows as stale.'),
  draft: draftMark.describe('Written by an importer from a text that is not ours: remove this line once the translation is in your own words and matches the original.'),
});
export type Translation = z.output<typeof TranslationSchema>;

/** Fields a translation may carry (everything else is a fact of the original). */
export const TRANSLATION_FIELDS = Object.keys(TranslationSchema.shape);
