import { expect, test, vi } from 'vitest';
import { bumpContentVersion, contentVersion } from './content-version.ts';

test('the version only moves when bumped, and is shared through globalThis', async () => {
  const before = contentVersion();
  expect(contentVersion()).toBe(before);
  expect(bumpContentVersion()).toBe(before + 1);
  // A second instance of the module (as Vite may load one for pages) sees the same counter.
  vi.resetModules();
  const again = await import('./content-version.ts');
  expect(again.contentVersion()).toBe(before + 1);
});
