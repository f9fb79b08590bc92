/**
 * The events list's filters, in the browser: pure matching (tested) and the small piece of DOM
 * glue the page runs. Each event's `<li>` carries its values as data attributes; the URL keeps the
 * selection (`?country=TN&year=2020`), so a filtered list can be shared and survives a language switch.
 */
import { keepStateInLanguageLinks } from './language-links.ts';

export const EVENT_FILTERS = ['country', 'year', 'use_case', 'outcome'] as const;
export type EventFilter = (typeof EVENT_FILTERS)[number];
export type Selection = Partial<Record<EventFilter, string>>;

/** The values of one event, as its data attributes hold them (space-separated lists). */
export interface EventValues {
  country?: string;
  year?: string;
  useCases?: string;
  outcome?: string;
}

export function eventMatches(values: EventValues, selection: Selection): boolean {
  if (selection.country && values.country !== selection.country) return false;
  if (selection.year && values.year !== selection.year) return false;
  if (selection.use_case && !(values.useCases ?? '').split(' ').includes(selection.use_case)) return false;
  if (selection.outcome && values.outcome !== selection.outcome) return false;
  return true;
}

export function selectionFromQuery(search: string): Selection {
  const params = new URLSearchParams(search);
  const out: Selection = {};
  for (const name of EVENT_FILTERS) {
    const value = params.get(name);
    if (value) out[name] = value;
  }
  return out;
}

export function queryFromSelection(selection: Selection): string {
  const params = new URLSearchParams();
  for (const name of EVENT_FILTERS) if (selection[name]) params.set(name, selection[name]!);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Wires the form: filters the list as the selects change and keeps the URL in step. */
export function setUpEventFilter(form: HTMLFormElement, items: HTMLElement[], status: HTMLElement, template: string): void {
  const selects = EVENT_FILTERS.map((name) => form.elements.namedItem(name) as HTMLSelectElement | null).filter((s): s is HTMLSelectElement => s !== null);
  const apply = () => {
    const selection: Selection = {};
    for (const s of selects) if (s.value) selection[s.name as EventFilter] = s.value;
    let shown = 0;
    for (const item of items) {
      const visible = eventMatches(item.dataset as EventValues, selection);
      item.hidden = !visible;
      if (visible) shown++;
    }
    status.textContent = template.replace('{n}', String(shown)).replace('{total}', String(items.length));
    history.replaceState(null, '', `${location.pathname}${queryFromSelection(selection)}${location.hash}`);
    keepStateInLanguageLinks();
  };
  const initial = selectionFromQuery(location.search);
  for (const s of selects) {
    const wanted = initial[s.name as EventFilter];
    if (wanted && [...s.options].some((o) => o.value === wanted)) s.value = wanted;
    s.addEventListener('change', apply);
  }
  form.addEventListener('submit', (e) => e.preventDefault());
  form.hidden = false;
  apply();
}
