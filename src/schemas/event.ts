import { z } from 'zod';
import { EVENT_PHASES } from './vocab.ts';
import { countryCode, httpUrl, isoDate, languageTag, locale, name, notBefore, partialDate, ref, slug, sources, summary } from './fields.ts';

/** One dated phase of the programme (registration, prototyping, jury, funding...). */
export const EventPhaseSchema = z.strictObject({
  phase: z.enum(EVENT_PHASES).describe('What happens in this phase.'),
  start: partialDate.describe('When it starts (YYYY-MM-DD, or YYYY-MM when the source gives only the month).'),
  end: partialDate.optional().describe('When it ends, if it lasts more than a day.'),
});
export type DatedPhase = z.output<typeof EventPhaseSchema>;

/** A challenge the event set, and the use cases it is about. */
export const ChallengeSchema = z.strictObject({
  id: slug.describe('Short id, unique in the event, that projects name in their `challenge`.'),
  name: z.string().trim().min(1).max(120).describe('The challenge as the event named it.'),
  statement: z.string().trim().min(10).max(300).describe('What it asked, in one or two sentences.'),
  use_cases: z.array(ref('use-cases')).default([]).describe('Ids of the use cases (content/use-cases/) it is about.'),
});
export type Challenge = z.output<typeof ChallengeSchema>;

/** A judging criterion and what it weighs. */
export const JudgingCriterionSchema = z.strictObject({
  name: z.string().trim().min(1).max(80).describe('The criterion as the jury named it.'),
  description: z.string().trim().min(5).max(300).optional().describe('What it looks at.'),
  weight: z.number().min(0).max(100).optional().describe('Its share of the score, in percent, when the source gives one.'),
});

/** What a source says the event gathered and chose. Only figures a source gives: none is derived. */
export const FiguresSchema = z.strictObject({
  participants: z.number().int().min(0).optional().describe('People who took part.'),
  ideas: z.number().int().min(0).optional().describe('Ideas or challenges proposed.'),
  teams: z.number().int().min(0).optional().describe('Teams that competed.'),
  projects: z.number().int().min(0).optional().describe('Projects presented.'),
  selected: z.number().int().min(0).optional().describe('Projects selected (prizes, support programme).'),
  funded: z.number().int().min(0).optional().describe('Projects that received funding.'),
});

/** The Open Government Partnership action-plan commitment the event serves. */
export const OgpCommitmentSchema = z.strictObject({
  country: countryCode.describe('The OGP member that made the commitment.'),
  plan: z.string().trim().min(3).max(120).describe('The action plan, such as "Plan d’action national 2018-2020".'),
  commitment: z.string().trim().min(1).max(200).describe('Its number or name.'),
  url: httpUrl.describe('The commitment’s page.'),
});

export const EventSchema = z
  .strictObject({
  name: name.describe('The event’s name.'),
  summary: summary.describe('What it was, in one sentence of at most 160 characters.'),
  organizers: z.array(ref('organizations')).min(1, 'at least one organisation id').describe('Ids of the organisations (content/organizations/) that ran it.'),
  partners: z.array(ref('organizations')).default([]).describe('Ids of partner organisations.'),
  start: isoDate.describe('First day of the event (YYYY-MM-DD).'),
  end: isoDate.optional().describe('Last day, when it lasted more than a day.'),
  phases: z.array(EventPhaseSchema).default([]).describe('Dated phases of the programme around the event, in order.'),
  place: z.string().trim().min(1).max(120).optional().describe('Where it took place.'),
  online: z.boolean().optional().describe('true when it took place online.'),
  country: countryCode.optional().describe('ISO 3166-1 alpha-2 code; leave out for international events.'),
  website: httpUrl.optional().describe('The event’s page.'),
  languages: z.array(languageTag).default([]).describe('BCP 47 codes of the languages it ran in.'),
  figures: FiguresSchema.optional().describe('Figures a source gives: participants, ideas, teams, projects, selected, funded.'),
  challenges: z.array(ChallengeSchema).default([]).describe('The challenges it set.'),
  criteria: z.array(JudgingCriterionSchema).default([]).describe('How the jury judged.'),
  ogp_commitment: OgpCommitmentSchema.optional().describe('The OGP commitment it serves, if any.'),
  reviewed: isoDate.describe('Date (YYYY-MM-DD) the facts were last checked against the sources.'),
  sources: sources.describe('URLs of the documents that back every fact in this entry.'),
  lang: locale.default('fr').describe('Language the name, summary and body are written in.'),
  })
  .superRefine((event, ctx) => {
    if (event.end && event.end < event.start) {
      ctx.addIssue({ code: 'custom', path: ['end'], input: event.end, message: `a last day on or after the first (${event.start})` });
    }
    event.phases.forEach((phase, i) => {
      if (phase.end && !notBefore(phase.end, phase.start)) {
        ctx.addIssue({ code: 'custom', path: ['phases', i, 'end'], input: phase.end, message: `an end on or after the phase's start (${phase.start})` });
      }
      const before = event.phases[i - 1];
      if (before && !notBefore(phase.start, before.start)) {
        ctx.addIssue({ code: 'custom', path: ['phases', i, 'start'], input: phase.start, message: `a start on or after the previous phase's (${before.phase}, ${before.start}): phases are listed in date order` });
      }
    });
    const seen = new Set<string>();
    event.challenges.forEach((challenge, i) => {
      if (seen.has(challenge.id)) ctx.addIssue({ code: 'custom', path: ['challenges', i, 'id'], input: challenge.id, message: 'an id no other challenge of the event has' });
      seen.add(challenge.id);
    });
  });
export type Event = z.output<typeof EventSchema>;
