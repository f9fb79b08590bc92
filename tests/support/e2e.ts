import { afterAll, beforeAll, inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { watchPage } from './page-watch.ts';

/**
 * One Chromium and one watched page per test file: `const t = usePage();` then `t.page`,
 * `t.browser`, `t.watch.errors`, `t.watch.offOrigin` and `t.base` inside tests.
 */
export function usePage() {
  const state = { base: inject('baseUrl'), browser: undefined as unknown as Browser, page: undefined as unknown as Page, watch: undefined as unknown as ReturnType<typeof watchPage> };
  beforeAll(async () => {
    state.browser = await launchChromium();
    state.page = await state.browser.newPage();
    state.watch = watchPage(state.page, state.base);
  });
  afterAll(() => state.browser?.close());
  return state;
}
