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
