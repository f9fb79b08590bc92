/**
 * A counter the content loader bumps after every change it writes to the store, so that the dev
 * server rebuilds the catalogue model only when content changed, not on every request (at 10,000
 * tools a rebuild costs far more than the 1 s budget of a change). It lives on globalThis because
 * the loader and the pages may be loaded as separate module instances in one process.
 */
const KEY = Symbol.for('civic-toolbox.content-version');
const store = globalThis as unknown as Record<symbol, number | undefined>;

export function contentVersion(): number {
  return store[KEY] ?? 0;
}

export function bumpContentVersion(): number {
  store[KEY] = contentVersion() + 1;
  return store[KEY]!;
}
