import { z } from 'zod';
import { CRITERION_TYPES } from './vocab.ts';
import { locale, name, slug } from './fields.ts';

export const CriterionSchema = z
  .strictObject({
    name: name.describe('Short label shown in tables and filters.'),
    question: z.string().trim().min(5).max(200).describe('The question a reviewer answers for each tool.'),
    type: z.enum(CRITERION_TYPES).describe('"boolean" (yes/no), "enum" (one of `values`) or "text".'),
    values: z.array(slug).min(2, 'at least two values').optional().describe('Allowed answers, for enum criteria only.'),
    labels: z.record(slug, z.string().trim().min(1).max(60)).optional().describe('How each value reads in the language of the entry ("self-hosted": "Auto-hébergé"); pages show the code when a value has none.'),
    lang: locale.default('fr').describe('Language the text is written in.'),
  })
  .superRefine((criterion, ctx) => {
    if (criterion.type === 'enum' && !criterion.values) {
      // `input` is the field's own value, so the message says "found nothing", not "found a set of fields".
      ctx.addIssue({ code: 'custom', path: ['values'], input: criterion.values, message: 'a list of allowed values, because type is "enum"' });
    }
    criterion.values?.forEach((value, i) => {
      if (criterion.values!.indexOf(value) !== i) ctx.addIssue({ code: 'custom', path: ['values', i], input: value, message: `a value listed once: "${value}" is listed twice` });
    });
    for (const key of Object.keys(criterion.labels ?? {})) {
      if (!criterion.values?.includes(key)) ctx.addIssue({ code: 'custom', path: ['labels', key], input: key, message: `a label for one of the values (${criterion.values?.join(', ') ?? 'none'}), found "${key}"` });
    }
    if (criterion.type !== 'enum' && criterion.values) {
      ctx.addIssue({ code: 'custom', path: ['values'], input: criterion.values, message: `no values: only "enum" criteria have them (type is "${criterion.type}")` });
    }
  });
export type Criterion = z.output<typeof CriterionSchema>;
