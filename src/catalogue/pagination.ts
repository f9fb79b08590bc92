/**
 * Static pagination of long lists (the tool list at 10,000 tools), so that every page stays small.
 * Page 1 lives at the list's own URL; page n at `<list>page/<n>/`.
 */

/** Tools per page: a multiple of 2, 3 and 4 so the grid's last row is full at common widths. */
export const PAGE_SIZE = 48;

export interface Page<T> {
  /** 1-based. */
  number: number;
  count: number;
  items: T[];
  /** Position of the first item in the whole list, 1-based (0 when the list is empty). */
  first: number;
  last: number;
  total: number;
}

/** Number of pages of a list; an empty list still has one (empty) page, so the list URL exists. */
export function pageCount(length: number, size = PAGE_SIZE): number {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`page size must be a whole number of at least 1, got ${size}`);
  return Math.max(1, Math.ceil(length / size));
}

/** Page `number` (1-based) of a list, without building the others: each page route asks for its own. */
export function pageOf<T>(items: readonly T[], number: number, size = PAGE_SIZE): Page<T> {
  const count = pageCount(items.length, size);
  if (!Number.isInteger(number) || number < 1 || number > count) throw new RangeError(`page ${number} does not exist (1 to ${count})`);
  const slice = items.slice((number - 1) * size, number * size);
  const first = slice.length ? (number - 1) * size + 1 : 0;
  return { number, count, items: slice, first, last: (number - 1) * size + slice.length, total: items.length };
}

/** URL of page `n` of the list at `base` (which ends with a slash). */
export function pageHref(base: string, n: number): string {
  return n <= 1 ? base : `${base}page/${n}/`;
}

/**
 * Page numbers a pager shows: the first, the last, and two either side of the current one;
 * `null` stands for a gap ("…"). 1 2 3 … 7 [8] 9 … 209 rather than 209 links.
 */
export function pagerItems(current: number, count: number, around = 2): (number | null)[] {
  const shown = new Set<number>([1, count]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= count) shown.add(n);
  const sorted = [...shown].sort((a, b) => a - b);
  const out: (number | null)[] = [];
  for (const n of sorted) {
    const previous = out.at(-1);
    // A gap of exactly one page shows that page instead of "…", which would take the same room.
    if (typeof previous === 'number' && n - previous === 2) out.push(previous + 1);
    else if (typeof previous === 'number' && n - previous > 2) out.push(null);
    out.push(n);
  }
  return out;
}
