import { z } from 'zod';
import { httpUrl, locale, name, ref, summary } from './fields.ts';

export const UseCaseSchema = z.strictObject({
  name: name.describe('Short name of the need, such as "Participatory budgeting".'),
  summary: summary.describe('What the use case covers, in one sentence.'),
  parent: ref('use-cases').optional().describe('Id of a broader use case this one belongs to.'),
  sources: z.array(httpUrl).default([]).describe('Documents that define or describe the practice.'),
  lang: locale.default('fr').describe('Language the text is written in.'),
});
export type UseCase = z.output<typeof UseCaseSchema>;
