/**
 * RFC 4180 CSV: comma-separated, CRLF line ends, fields quoted when they hold a comma, a quote or
 * a line break, quotes doubled. A UTF-8 byte order mark lets Excel read accents and Arabic.
 */
export const BOM = '\uFEFF';

/**
 * Spreadsheets run a cell that starts with = + - @ (or a tab or CR before one) as a formula: such a
 * cell gets a leading apostrophe, so a contributed name cannot become `=HYPERLINK(...)`.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function csvField(value: string | number | boolean | undefined | null): string {
  const text = value === undefined || value === null ? '' : typeof value === 'string' ? neutraliseFormula(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: (string | number | boolean | undefined | null)[][]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
