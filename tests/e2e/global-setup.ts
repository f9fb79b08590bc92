import type { TestProject } from 'vitest/node';
import { existsSync } from 'node:fs';
import { serveStatic } from '../support/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the built site (npm test builds it first) on a free port for every browser test. */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm test does it).');
  const server = await serveStatic('dist');
  project.provide('baseUrl', server.url);
  return () => server.close();
}
