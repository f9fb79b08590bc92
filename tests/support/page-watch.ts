import type { Page } from 'playwright-core';

/** Records console errors, page errors and every request that leaves the site's origin. */
export function watchPage(page: Page, origin: string) {
  const errors: string[] = [];
  const offOrigin: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`${page.url()}: ${e.message}`));
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) offOrigin.push(url);
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/does-not-exist/')) errors.push(`${r.status()} ${r.url()}`);
  });
  return { errors, offOrigin };
}
