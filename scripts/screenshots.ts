/**
 * npm run screenshots -- [--phone] /fr/ /ar/tools/decidim/ ...: serves dist/ and saves a full-page
 * PNG of each path (1280 px wide, or 360 px with --phone; Debian's Chromium) into screenshots/,
 * printing console messages, to look at pages as a person would after a change. Run npm run build first.
 */
import { mkdirSync } from 'node:fs';
import { serveStatic } from '../tests/support/static-server.ts';
import { launchChromium } from '../tests/support/browser.ts';

const phone = process.argv.includes('--phone');
const paths = process.argv.slice(2).filter((a) => a !== '--phone');
if (!paths.length) {
  console.error('usage: npm run screenshots -- /fr/ /ar/tools/decidim/ ...');
  process.exit(2);
}
mkdirSync('screenshots', { recursive: true });
const server = await serveStatic('dist');
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: phone ? { width: 360, height: 780 } : { width: 1280, height: 1000 } });
  page.on('console', (m) => console.log(`  console ${m.type()}: ${m.text()}`));
  for (const path of paths) {
    await page.goto(server.url + path, { waitUntil: 'networkidle' });
    const file = `screenshots/${path.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'root'}${phone ? '-phone' : ''}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
  }
} finally {
  await browser.close();
  await server.close();
}
