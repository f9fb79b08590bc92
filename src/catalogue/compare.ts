import { SLUG_PATTERN, type Locale } from '../schemas/vocab.ts';
import type { EntryPayload } from '../publish/api-schemas.ts';

/** Tools compared side by side at most: beyond four, columns get too narrow to read. */
export const MAX_COMPARE = 4;

/**
 * The chosen tool ids from a query string: `?tools=a,b` (the shareable form) or `?tools=a&tools=b`
 * (what the tool list's form submits without JavaScript). Ids of the wrong shape or not `isKnown`,
 * repeats and anything beyond the maximum are dropped.
 */
export function parseSelection(search: string, isKnown: (id: string) => boolean = () => true): string[] {
  const ids = new URLSearchParams(search).getAll('tools').flatMap((v) => v.split(','));
  return [...new Set(ids.map((id) => id.trim()).filter((id) => SLUG_PATTERN.test(id) && isKnown(id)))].slice(0, MAX_COMPARE);
}

/**
 * What the address asks for that cannot be compared: ids not in the catalogue (or not shaped like
 * one), in the order given, each once, so the page can name them instead of dropping them silently.
 */
export function unknownIds(search: string, isKnown: (id: string) => boolean): string[] {
  const ids = new URLSearchParams(search).getAll('tools').flatMap((v) => v.split(',')).map((id) => id.trim());
  return [...new Set(ids.filter((id) => id && !(SLUG_PATTERN.test(id) && isKnown(id))))];
}

/** `?tools=a,b`, or '' for an empty selection. Commas stay readable: ids never contain one. */
export function selectionQuery(ids: string[]): string {
  return ids.length ? `?tools=${ids.map(encodeURIComponent).join(',')}` : '';
}

type ToolItem = EntryPayload<'tools'>;
type CriterionItem = EntryPayload<'criteria'>;

/** One cell: plain text, or links (to pages on this site), each with the language of its text when not the page's. */
export type Cell = { text: string; dir?: 'ltr' } | { links: { href: string; text: string; note?: string }[] } | { missing: true };

export interface Row {
  key: string;
  label: string;
  /** Language of the label when it is not the page's (an untranslated criterion name). */
  lang?: Locale;
  cells: Cell[];
}

export interface CompareLabels {
  license: string;
  status: string;
  type: string;
  languages: string;
  useCases: string;
  usedBy: string;
  yes: string;
  no: string;
  proprietary: string;
  licenseUnknown: string;
  statuses: Record<string, string>;
  types: Record<string, string>;
}

/** Path and query of a catalogue URL, so links stay on whichever host serves the site. */
const local = (url: string) => {
  const u = new URL(url);
  return `${u.pathname}${u.search}${u.hash}`;
};

/**
 * The comparison table as data, one row per aspect and one cell per tool: licence, status, type,
 * languages, use cases, deployments, then every criterion of the catalogue (answered or not).
 */
export function compareRows(tools: ToolItem[], criteria: CriterionItem[], locale: Locale, labels: CompareLabels): Row[] {
  const languageNames = new Intl.DisplayNames([locale], { type: 'language' });
  const languageName = (code: string) => {
    try {
      return languageNames.of(code) ?? code;
    } catch {
      return code;
    }
  };
  const list = (values: string[]): Cell => (values.length ? { text: values.join(', ') } : { missing: true });
  const rows: Row[] = [
    { key: 'license', label: labels.license, cells: tools.map((t) => (t.license === undefined ? { text: labels.licenseUnknown } : t.license === 'proprietary' ? { text: labels.proprietary } : { text: t.license, dir: 'ltr' })) },
    { key: 'status', label: labels.status, cells: tools.map((t) => ({ text: labels.statuses[t.status ?? 'unknown'] ?? t.status ?? '' })) },
    { key: 'type', label: labels.type, cells: tools.map((t) => ({ text: labels.types[t.type] ?? t.type })) },
    { key: 'languages', label: labels.languages, cells: tools.map((t) => list(t.languages.map(languageName))) },
    {
      key: 'use-cases',
      label: labels.useCases,
      cells: tools.map((t) => (t.use_cases.length ? { links: t.use_cases.map((u) => ({ href: local(u.url[locale]), text: u.name[locale] })) } : { missing: true })),
    },
    {
      key: 'used-by',
      label: labels.usedBy,
      cells: tools.map((t) =>
        t.used_by.length
          ? { links: t.used_by.map((u) => ({ href: local(u.organization.url[locale]), text: u.organization.name[locale], ...(u.since ? { note: String(u.since) } : {}) })) }
          : { missing: true },
      ),
    },
  ];
  for (const criterion of criteria) {
    const own = criterion.text[locale];
    const text = own ?? criterion.text[criterion.lang]!;
    rows.push({
      key: `criterion-${criterion.id}`,
      label: text.name,
      ...(own ? {} : { lang: criterion.lang }),
      cells: tools.map((t) => {
        const answer = t.criteria.find((a) => a.criterion.id === criterion.id);
        if (!answer) return { missing: true };
        if (typeof answer.value === 'boolean') return { text: answer.value ? labels.yes : labels.no };
        // A value's label in this language, else in the criterion's own language, else its code.
        return { text: text.labels?.[String(answer.value)] ?? criterion.text[criterion.lang]?.labels?.[String(answer.value)] ?? String(answer.value) };
      }),
    });
  }
  return rows;
}
