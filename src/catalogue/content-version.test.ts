import { expect, test, vi } from 'vitest';
import { contentVersion, liveCollections, publishContent, type LiveCollections } from './content-version.ts';

const empty = (): LiveCollections => ({ tools: [], 'use-cases': [], organizations: [], collections: [], criteria: [], translations: [] });

test('publishing moves the version and replaces the records; reading does not move it', () => {
  const before = contentVersion();
  expect(contentVersion()).toBe(before);
  const first = empty();
  first.tools.push({ id: 'decidim', data: { name: 'Decidim' }, html: '<p>x</p>', filePath: 'content/tools/decidim.mdx' });
  expect(publishContent(first)).toBe(before + 1);
  expect(liveCollections()).toBe(first);
  const second = empty();
  expect(publishContent(second)).toBe(before + 2);
  expect(liveCollections()).toBe(second);
});

test('a second instance of the module (as Vite loads one for pages) sees the same records', async () => {
  const records = empty();
  const version = publishContent(records);
  vi.resetModules();
  const again = await import('./content-version.ts');
  expect(again.contentVersion()).toBe(version);
  expect(again.liveCollections()).toBe(records);
});

test('body HTML handed over by the loader is found by collection and id, and forgotten on delete', async () => {
  const { bodyHtml, forgetBody, publishBody } = await import('./content-version.ts');
  publishBody('tools', 'decidim', '<p>Decidim</p>');
  publishBody('organizations', 'decidim', '<p>The association</p>');
  expect(bodyHtml('tools', 'decidim')).toBe('<p>Decidim</p>');
  expect(bodyHtml('organizations', 'decidim')).toBe('<p>The association</p>');
  // Pages load their own instance of the module: they see what the loader's instance stored.
  vi.resetModules();
  const again = await import('./content-version.ts');
  expect(again.bodyHtml('tools', 'decidim')).toBe('<p>Decidim</p>');
  forgetBody('tools', 'decidim');
  expect(again.bodyHtml('tools', 'decidim')).toBeUndefined();
  expect(bodyHtml('use-cases', 'decidim')).toBeUndefined();
});
