import type { APIRoute } from 'astro';
import { getCatalogue } from '../../catalogue/query.ts';
import { PROJECT_CSV_COLUMNS, projectRows } from '../../publish/api.ts';
import { toCsv } from '../../publish/csv.ts';
import { SITE } from '../../config.ts';

/** /api/projects.csv: hackathon projects and where they stand, for spreadsheets (RFC 4180, UTF-8 with a BOM). */
export const GET: APIRoute = () => new Response(toCsv([...PROJECT_CSV_COLUMNS], projectRows(getCatalogue(), SITE.url)));
