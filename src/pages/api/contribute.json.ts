import type { APIRoute } from 'astro';
import { getCatalogue } from '../../catalogue/query.ts';
import { contributeIndex } from '../../contribute/index-data.ts';

/** /api/contribute.json: the catalogue as the contribution form needs it (ids, names, addresses, criteria). */
export const GET: APIRoute = () => new Response(JSON.stringify(contributeIndex(getCatalogue())));
