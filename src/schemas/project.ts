import { z } from 'zod';
import { PROJECT_STEPS } from './vocab.ts';
import { httpUrl, isoDate, locale, name, notBefore, partialDate, ref, slug, sources, summary } from './fields.ts';

/** One thing that happened to the project, dated, with the document that says so. */
export const TimelineStepSchema = z.strictObject({
  step: z.enum(PROJECT_STEPS).describe('What happened: idea, prototype, selected, funded, incubated, pilot, live (seen in service) or discontinued.'),
  date: partialDate.describe('When (YYYY-MM-DD, YYYY-MM or YYYY, as precise as the source).'),
  source: httpUrl.describe('The public document that says it.'),
  note: z.string().trim().min(3).max(300).optional().describe('A short note, in the entry’s language.'),
});
export type TimelineStep = z.output<typeof TimelineStepSchema>;

export const ProjectSchema = z
  .strictObject({
  name: name.describe('The project’s name.'),
  summary: summary.describe('What it does, in one sentence of at most 160 characters.'),
  event: ref('events').describe('Id of the event (content/events/) it came from.'),
  challenge: slug.optional().describe('Id of the event’s challenge it answered.'),
  team: z.string().trim().min(1).max(80).optional().describe('The team’s name (never a person’s name).'),
  organizations: z.array(ref('organizations')).default([]).describe('Ids of the organisations behind it.'),
  reuses: z.array(ref('tools')).default([]).describe('Ids of the catalogue’s tools it builds on.'),
  tool: ref('tools').optional().describe('Id of the catalogue tool it became, if it became one.'),
  source: httpUrl.optional().describe('Its code repository.'),
  website: httpUrl.optional().describe('Its website or service.'),
  timeline: z.array(TimelineStepSchema).min(1, 'at least one dated step').describe('What happened to it, in date order; the last step is where it stands.'),
  reviewed: isoDate.describe('Date (YYYY-MM-DD) the facts were last checked against the sources.'),
  sources: sources.describe('URLs of the documents that back every fact in this entry.'),
  lang: locale.default('fr').describe('Language the name, summary and body are written in.'),
  })
  .superRefine((project, ctx) => {
    project.timeline.forEach((step, i) => {
      const before = project.timeline[i - 1];
      if (before && !notBefore(step.date, before.date)) {
        ctx.addIssue({ code: 'custom', path: ['timeline', i, 'date'], input: step.date, message: `a date on or after the previous step's (${before.step}, ${before.date}): steps are listed in date order` });
      }
    });
  });
export type Project = z.output<typeof ProjectSchema>;
