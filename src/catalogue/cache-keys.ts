import { createHash } from 'node:crypto';
import type { Locale } from '../schemas/vocab.ts';
import { entryPaths } from './paths.ts';

/**
 * getStaticPaths for an entry page whose output is a function of `view(locale, id)` alone (the
 * page renders that view, the layout and the code): each path carries a `cacheKey`, a digest of its
 * view, so Astro's incremental build (experimental.incrementalBuild) re-renders exactly the pages
 * whose view changed; code changes are Astro's to track (it hashes each page's modules).
 */
export function keyedEntryPaths(ids: readonly string[], view: (locale: Locale, id: string) => unknown) {
  return entryPaths(ids).map((path) => ({ ...path, cacheKey: viewDigest(view(path.props.locale, path.props.id)) }));
}

/** A digest of what a page shows: its view as JSON. */
export function viewDigest(view: unknown): string {
  return createHash('sha256').update(JSON.stringify(view) ?? 'undefined').digest('base64url');
}

