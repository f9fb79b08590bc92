import { z } from 'zod';
import { isoDate, locale, name, ref, summary } from './fields.ts';

export const CollectionItemSchema = z.strictObject({
  tool: ref('tools').describe('Id of a tool (content/tools/).'),
  note: z.string().trim().min(1).max(300).optional().describe('Why the curator recommends it here.'),
});
export type CollectionItem = z.output<typeof CollectionItemSchema>;

export const CollectionSchema = z.strictObject({
  name: name.describe('Title of the collection.'),
  summary: summary.describe('Who the collection is for and what it helps do.'),
  curator: ref('organizations').describe('Id of the organisation that curates it.'),
  tools: z.array(CollectionItemSchema).min(1, 'at least one tool').describe('Tools, in the order the curator recommends them.'),
  updated: isoDate.describe('Date (YYYY-MM-DD) the collection was last revised.'),
  lang: locale.default('fr').describe('Language the text is written in.'),
});
export type Collection = z.output<typeof CollectionSchema>;
