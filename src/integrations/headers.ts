import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { headerRules, headersFile } from '../publish/headers.ts';

/** Writes the `_headers` file (Netlify, Cloudflare Pages) into the build, for the instance's base path and languages. */
export function hostHeaders(): AstroIntegration {
  return {
    name: 'civic-toolbox-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(fileURLToPath(new URL('_headers', dir)), headersFile(headerRules()));
      },
    },
  };
}
