import type { AstroIntegration } from 'astro';
import { existsSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { headerRules, headersFile, redirectsFile } from '../publish/headers.ts';
import { LOCALES } from '../schemas/vocab.ts';

/**
 * What static hosts read besides the pages, for the instance's base path and languages: the
 * `_headers` file (Netlify, Cloudflare Pages), Netlify's `_redirects`, and each language's
 * "page not found" moved to /<lang>/404.html, where hosts look for it.
 */
export function hostFiles(): AstroIntegration {
  return {
    name: 'civic-toolbox-host-files',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = (path: string) => fileURLToPath(new URL(path, dir));
        writeFileSync(out('_headers'), headersFile(headerRules()));
        writeFileSync(out('_redirects'), redirectsFile());
        for (const locale of LOCALES) {
          const page = out(`${locale}/404/index.html`);
          if (!existsSync(page)) continue;
          renameSync(page, out(`${locale}/404.html`));
          rmSync(out(`${locale}/404`), { recursive: true, force: true });
        }
      },
    },
  };
}
