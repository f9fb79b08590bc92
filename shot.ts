import { serveStatic } from './tests/support/static-server.ts';
import { launchChromium } from './tests/support/browser.ts';
const s = await serveStatic('dist');
const b = await launchChromium();
const p = await b.newPage({ viewport: { width: 1280, height: 1000 } });
p.on('console', (m) => console.log('console', m.type(), m.text()));
for (const path of process.argv.slice(2)) {
  await p.goto(s.url + path, { waitUntil: 'networkidle' });
  const name = path.replace(/[^a-z0-9]+/gi, '_');
  await p.screenshot({ path: `/tmp/shot${name}.png`, fullPage: false });
  console.log('shot', `/tmp/shot${name}.png`);
}
await b.close(); await s.close();
