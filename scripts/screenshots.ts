/**
 * npm run screenshots -- /fr/ /ar/tools/decidim/ ...: serves dist/ and saves a PNG of each path
 * (1280x1000, Debian's Chromium) into screenshots/, printing console messages, to look at pages
 * as a person would after a change. Run npm run build first.
 */
import { mkdirSync } from 'node:fs';
import { serveStatic } from '../tests/support/static-server.ts';
import { launchChromium } from '../tests/support/browser.ts';

const paths = process.argv.slice(2);
if (!paths.length) {
  console.error('usage: npm run screenshots -- /fr/ /ar/tools/decidim/ ...');
  process.exit(2);
}
mkdirSync('screenshots', { recursive: true });
const server = await serveStatic('dist');
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  page.on('console', (m) => console.log(`  console ${m.type()}: ${m.text()}`));
  for (const path of paths) {
    await page.goto(server.url + path, { waitUntil: 'networkidle' });
    const file = `screenshots/${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'root'}.png`;
    await page.screenshot({ path: file });
    console.log(file);
  }
} finally {
  await browser.close();
  await server.close();
}
