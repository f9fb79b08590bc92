import type { Event, Project, ProjectStep } from '../schemas/index.ts';
import { periodEnd, periodStart } from '../schemas/fields.ts';

/**
 * What became of hackathon projects, from their sourced timelines alone: pure functions that the
 * event pages, the project pages and the outcomes page share, so a figure means one thing everywhere.
 */

type Timeline = Project['timeline'];

/** Where a project stands: its last step, and the last time a source saw it in service. */
export interface Standing {
  /** The last step of the timeline: what the sources say last. */
  step: ProjectStep;
  /** Its date, as precise as the source. */
  date: string;
  /** The date of the latest `live` step, if any. */
  lastLive?: string;
}

export function standing(timeline: Timeline): Standing {
  const last = timeline[timeline.length - 1];
  const lastLive = [...timeline].reverse().find((s) => s.step === 'live')?.date;
  return { step: last.step, date: last.date, ...(lastLive && { lastLive }) };
}

/** The day `months` months after a YYYY-MM-DD date (clamped to the month's last day). */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/**
 * Whether the project was in service on `day`, as far as the sources tell: `live` when a source
 * saw it in service on or after that day with no stop in between, `stopped` when a source dates its
 * end on or before that day, `unknown` otherwise (no news reaches that far). A `live` step dated by
 * year or month counts from its last day: "live in 2023" says it ran at some point of 2023.
 */
export function stateOn(timeline: Timeline, day: string): 'live' | 'stopped' | 'unknown' {
  const stop = timeline.find((s) => s.step === 'discontinued' && periodEnd(s.date) <= day);
  if (stop) return 'stopped';
  const seenAfter = timeline.some((s) => s.step === 'live' && periodStart(s.date) >= day);
  if (seenAfter) return 'live';
  // Seen in service during a period that contains the day (a year or month step around it).
  const around = timeline.some((s) => s.step === 'live' && periodStart(s.date) <= day && periodEnd(s.date) >= day);
  return around ? 'live' : 'unknown';
}

/** Counts of projects by their state one or two years after their event. */
export interface Tally {
  live: number;
  stopped: number;
  unknown: number;
  /** Projects whose event is too recent for this horizon: not counted above. */
  tooRecent: number;
}

export function tally(projects: { timeline: Timeline; eventStart: string }[], months: number, today: string): Tally {
  const out: Tally = { live: 0, stopped: 0, unknown: 0, tooRecent: 0 };
  for (const p of projects) {
    const day = addMonths(p.eventStart, months);
    if (day > today) out.tooRecent++;
    else out[stateOn(p.timeline, day)]++;
  }
  return out;
}

/** Share of live projects among those with a known or unknown state (not too recent); undefined with none. */
export function liveShare(t: Tally): number | undefined {
  const counted = t.live + t.stopped + t.unknown;
  return counted ? t.live / counted : undefined;
}

/** One stage of an event's outcome funnel, with where its number comes from. */
export interface FunnelStage {
  stage: 'ideas' | 'projects' | 'selected' | 'funded' | 'followed' | 'liveAfterYear';
  value: number;
  /** `figure`: given by a source of the event; `catalogue`: counted from the projects recorded here. */
  origin: 'figure' | 'catalogue';
}

const reached = (timeline: Timeline, steps: ProjectStep[]) => timeline.some((s) => steps.includes(s.step));

/**
 * Ideas -> projects -> selected -> funded -> followed here -> live a year later. Ideas and projects
 * are the event's own figures; selected and funded take the event's figure when a source gives
 * it, otherwise the count of the catalogue's projects that reached that step; a stage with neither
 * is left out rather than shown as zero. "Followed here" is the number of the event's projects the
 * catalogue documents, and "live a year later" counts those of them seen in service a year after
 * the event (only once a year has passed).
 */
export function funnel(event: Pick<Event, 'start' | 'figures'>, projects: { timeline: Timeline }[], today: string): FunnelStage[] {
  const f = event.figures ?? {};
  const stages: FunnelStage[] = [];
  const push = (stage: FunnelStage['stage'], figure: number | undefined, counted: number) => {
    if (figure !== undefined) stages.push({ stage, value: figure, origin: 'figure' });
    else if (counted > 0) stages.push({ stage, value: counted, origin: 'catalogue' });
  };
  push('ideas', f.ideas, 0);
  push('projects', f.projects ?? f.teams, 0);
  push('selected', f.selected, projects.filter((p) => reached(p.timeline, ['selected'])).length);
  push('funded', f.funded, projects.filter((p) => reached(p.timeline, ['funded', 'incubated'])).length);
  push('followed', undefined, projects.length);
  const yearLater = addMonths(event.start, 12);
  if (yearLater <= today && projects.length) {
    stages.push({ stage: 'liveAfterYear', value: projects.filter((p) => stateOn(p.timeline, yearLater) === 'live').length, origin: 'catalogue' });
  }
  return stages;
}
