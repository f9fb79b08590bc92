import type { APIRoute } from 'astro';
import source from '../embed/embed.js?raw';
import { DEFAULT_LOCALE, LOCALES } from '../schemas/index.ts';
import { SITE } from '../config.ts';
import { EMBED_LINK_CLASS, EMBED_SANDBOX, HEIGHT_MESSAGE, HEIGHT_RANGE } from '../publish/embed.ts';

/** /embed.js: the loader other sites paste, with the embed contract filled in from src/publish/embed.ts. */
export const GET: APIRoute = () => {
  const config = { base: SITE.base, locales: LOCALES, defaultLocale: DEFAULT_LOCALE, sandbox: EMBED_SANDBOX, message: HEIGHT_MESSAGE, linkClass: EMBED_LINK_CLASS, initialHeight: 400, minHeight: HEIGHT_RANGE.min, maxHeight: HEIGHT_RANGE.max };
  return new Response(source.replace('__CONFIG__', JSON.stringify(config)));
};
