import type { APIRoute } from 'astro';
import { getCatalogue } from '../../catalogue/query.ts';
import { CSV_COLUMNS, toolRows } from '../../publish/api.ts';
import { toCsv } from '../../publish/csv.ts';
import { SITE } from '../../config.ts';

/** /api/tools.csv: the tool list for spreadsheets (RFC 4180, UTF-8 with a BOM for Excel). */
export const GET: APIRoute = async () => new Response(toCsv([...CSV_COLUMNS], toolRows(getCatalogue(), SITE.url)));
