// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { freshOutput } from './src/integrations/fresh-output.ts';
import { catalogueContent } from './src/integrations/content.ts';
import { hostFiles } from './src/integrations/host-files.ts';
import { SITE } from './src/config.ts';

// catalogue.config.json, with its environment overrides, is read once here and given to every
// bundle, so pages and browser scripts agree on the address, base path and languages.
export default defineConfig({
  site: SITE.url,
  base: SITE.base,
  vite: { define: { __CIVIC_TOOLBOX_SITE__: JSON.stringify(SITE) } },
  trailingSlash: 'always',
  // Pages are independent: render several at once so file writes overlap with rendering (one
  // thread still renders them all: at N=2,000 a full build took 18-28 s with 4, 33-38 s with 1).
  // Astro's documentation for incrementalBuild (7.2) says a concurrency above 1 disables its cache;
  // Astro 7.3.5 restores pages with it (tests/content/incremental-build.int.test.ts) and warns of nothing.
  build: { format: 'directory', concurrency: 4 },
  devToolbar: { enabled: false },
  // Entry pages carry a cacheKey (a digest of what they show, src/catalogue/cache-keys.ts): a rebuild
  // renders again only the pages whose data or code changed, and copies the others from the cache.
  experimental: { incrementalBuild: true },
  // Bodies are rendered by our own sanitising pipeline (src/checking/markdown.ts), never by Astro's.
  markdown: { syntaxHighlight: false },
  server: { host: '127.0.0.1', port: 4321 },
  // The Pagefind index is built after astro build exits (scripts/search-index.ts, npm run build).
  // MDX compiles the maintainers' pages in src/editorial/ only; content/ is read and checked as data.
  integrations: [freshOutput(), catalogueContent(), mdx(), hostFiles()],
  // Defence in depth for contributed content: even if unsafe markup reached a page, the browser
  // would run only the site's own hashed scripts and load nothing from another origin.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs as WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
