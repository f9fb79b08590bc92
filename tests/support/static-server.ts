import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.xml': 'application/xml',
};

/**
 * Rules of a `_headers` file (Netlify and Cloudflare Pages format): a path pattern (`*` matches
 * anything, `:name` one segment) followed by indented `Name: value` lines.
 */
export function parseHeadersFile(text: string): { pattern: RegExp; headers: [string, string][] }[] {
  const rules: { pattern: RegExp; headers: [string, string][] }[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/:\w+/g, '[^/]+');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else {
      const match = line.trim().match(/^([\w-]+):\s*(.*)$/);
      if (match && rules.length) rules[rules.length - 1].headers.push([match[1].toLowerCase(), match[2]]);
    }
  }
  return rules;
}

/**
 * Serves a built site the way a static host does: directory index, 404.html, `_headers`, no
 * cookies; under `base` (`/civic-toolbox/`) as GitHub project pages do, answering 404 outside it.
 */
export async function serveStatic(dir: string, port = 0, base = '/'): Promise<{ url: string; close: () => Promise<void>; server: Server }> {
  const root = resolve(dir);
  const rules = existsSync(join(root, '_headers')) ? parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')) : [];
  const server = createServer((req, res) => {
    const fullPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!fullPath.startsWith(base) && `${fullPath}/` !== base) {
      res.writeHead(404).end();
      return;
    }
    const path = fullPath.startsWith(base) ? `/${fullPath.slice(base.length)}` : '/';
    let file = normalize(join(root, path));
    // Hosts read _headers and _redirects; they do not serve them.
    if (!file.startsWith(root) || path === '/_headers' || path === '/_redirects') {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        res.writeHead(301, { location: `${fullPath}/` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    const found = existsSync(file) && statSync(file).isFile();
    // The nearest 404.html up the path, as Cloudflare Pages does (/ar/x/ -> /ar/404.html, then /404.html).
    const nearest404 = () => {
      for (let folder = dirname(file); folder.startsWith(root); folder = dirname(folder)) {
        if (existsSync(join(folder, '404.html'))) return join(folder, '404.html');
        if (folder === root) break;
      }
      return join(root, '404.html');
    };
    const target = found ? file : nearest404();
    if (!found && !existsSync(target)) {
      res.writeHead(404).end();
      return;
    }
    const headers: Record<string, string> = { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream' };
    for (const rule of rules) if (rule.pattern.test(fullPath)) for (const [name, value] of rule.headers) headers[name] = value;
    res.writeHead(found ? 200 : 404, headers);
    createReadStream(target).pipe(res);
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  return { url: `http://127.0.0.1:${actual}`, server, close: () => new Promise((done) => server.close(() => done())) };
}
