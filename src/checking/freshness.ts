import { SITE } from '../config.ts';

/** YYYY-MM-DD `months` months before `now`, the day clamped to the month (18 months before 31 Aug is 28 Feb). */
export function monthsBefore(now: Date, months: number): string {
  const lastDay = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months + 1, 0)).getUTCDate();
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, Math.min(now.getUTCDate(), lastDay)));
  return d.toISOString().slice(0, 10);
}

/** One rule for the validator's warning and the page's notice: reviewed before the cutoff is stale. */
export function isStale(reviewed: string, now = new Date()): boolean {
  return reviewed < monthsBefore(now, SITE.staleAfterMonths);
}
