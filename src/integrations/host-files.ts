import type { AstroIntegration } from 'astro';
import { copyFileSync, createReadStream, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headerRules, headersFile, redirectsFile } from '../publish/headers.ts';
import { LOCALES } from '../schemas/vocab.ts';
import { publishedCatalogue } from '../catalogue/store.ts';
import type { Catalogue } from '../catalogue/model.ts';
import { logoPath } from '../catalogue/logo.ts';
import { entriesOf } from '../catalogue/model.ts';
import { KINDS } from '../schemas/index.ts';
import { SITE } from '../config.ts';

/** Every logo of the catalogue: where it is served (under the base path) and the file it comes from. */
export function logoFiles(c: Catalogue): { url: string; file: string }[] {
  const out: { url: string; file: string }[] = [];
  for (const [kind, items] of [['tools', c.tools], ['organizations', c.organizations]] as const) {
    for (const item of items as { id: string; file: string; data: { logo?: string } }[]) {
      if (item.data.logo) out.push({ url: logoPath(kind, item.id, item.data.logo), file: join(dirname(item.file), item.data.logo) });
    }
  }
  return out;
}

/**
 * The entries' own files, for the contribution form to start a correction or a translation from:
 * /api/<kind>/<id>.mdx and /api/translations/<lang>/<kind>/<id>.mdx, copied as they are (copying
 * costs nothing next to rendering them as routes, at 10,000 tools).
 */
export function sourceFiles(c: Catalogue): { url: string; file: string }[] {
  const base = SITE.base.replace(/\/$/, '');
  return [
    ...KINDS.flatMap((kind) => entriesOf(c, kind).map((e) => ({ url: `${base}/api/${kind}/${e.id}.mdx`, file: e.file }))),
    ...c.translations.map((t) => ({ url: `${base}/api/translations/${t.lang}/${t.kind}/${t.original}.mdx`, file: t.file })),
  ];
}

const IMAGE_TYPES: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png', '.webp': 'image/webp', '.jpg': 'image/jpeg' };

/**
 * What static hosts read besides the pages, for the instance's base path and languages: the
 * `_headers` file (Netlify, Cloudflare Pages), Netlify's `_redirects`, each language's
 * "page not found" moved to /<lang>/404.html, where hosts look for it, and the entries' logos.
 */
export function hostFiles(): AstroIntegration {
  return {
    name: 'civic-toolbox-host-files',
    hooks: {
      // The dev server serves the logos from content/, as the build copies them.
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const published = publishedCatalogue();
          const path = (req.url ?? '').split('?')[0];
          const base = SITE.base.replace(/\/$/, '');
          if (published && path.startsWith(`${base}/api/`) && path.endsWith('.mdx')) {
            const source = sourceFiles(published.catalogue).find((f) => f.url === path);
            if (!source || !existsSync(source.file)) return next();
            res.setHeader('Content-Type', 'text/markdown; charset=utf-8');
            return void createReadStream(source.file).pipe(res);
          }
          const logo = published && path.startsWith(`${base}/logos/`) ? logoFiles(published.catalogue).find((l) => l.url === path) : undefined;
          if (!logo || !existsSync(logo.file)) return next();
          res.setHeader('Content-Type', IMAGE_TYPES[logo.file.slice(logo.file.lastIndexOf('.'))] ?? 'application/octet-stream');
          createReadStream(logo.file).pipe(res);
        });
      },
      'astro:build:done': ({ dir }) => {
        const out = (path: string) => fileURLToPath(new URL(path, dir));
        // Logos sit next to their entries in content/: copied to /logos/<kind>/<id>.<ext>; the entries' files to /api/.
        const published = publishedCatalogue();
        const base = SITE.base.replace(/\/$/, '');
        for (const copy of published ? [...logoFiles(published.catalogue), ...sourceFiles(published.catalogue)] : []) {
          const target = out(copy.url.slice(base.length + 1));
          mkdirSync(dirname(target), { recursive: true });
          copyFileSync(copy.file, target);
        }
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
