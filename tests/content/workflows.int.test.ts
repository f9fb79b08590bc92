/** The GitHub workflows: valid YAML, with the permissions each needs and no more. */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

const workflow = (name: string) => parse(readFileSync(`.github/workflows/${name}`, 'utf8'));

describe('workflows', () => {
  test('pull requests are checked with a read-only token and no secret', () => {
    const w = workflow('pull-request.yml');
    expect(w.permissions).toEqual({ contents: 'read' });
    expect(JSON.stringify(w)).not.toContain('secrets.');
    expect(Object.keys(w.on)).not.toContain('pull_request_target');
  });

  test('the weekly freshness check may write issues only, and runs the project command', () => {
    const w = workflow('freshness.yml');
    expect(w.permissions).toEqual({ contents: 'read', issues: 'write' });
    expect(w.on.schedule[0].cron).toMatch(/^\S+ \S+ \* \* \d$/);
    const steps = w.jobs.freshness.steps.map((s: { run?: string }) => s.run ?? '').join('\n');
    expect(steps).toContain('npm run check:freshness -- --json freshness.json --markdown freshness.md');
    expect(steps).toContain('gh issue edit');
  });

  test('the deploy publishes main with the official Pages actions, writes only the deployment, and keeps its caches keyed by the code', () => {
    const w = workflow('deploy.yml');
    expect(w.on.push.branches).toEqual(['main']);
    expect(w.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
    expect(w.jobs.build.permissions).toEqual({ contents: 'read' });
    expect(w.jobs.deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    const uses: string[] = [...w.jobs.build.steps, ...w.jobs.deploy.steps].flatMap((s: { uses?: string }) => (s.uses ? [s.uses] : []));
    for (const action of ['actions/configure-pages@', 'actions/upload-pages-artifact@', 'actions/deploy-pages@', 'actions/cache@']) expect(uses.some((u) => u.startsWith(action)), action).toBe(true);
    const steps = w.jobs.build.steps as { run?: string; uses?: string; with?: Record<string, string>; env?: Record<string, string> }[];
    const index = (match: (s: (typeof steps)[number]) => boolean) => steps.findIndex(match);
    // The cache is restored after npm ci, which empties node_modules, and before the work it saves.
    expect(index((s) => s.uses?.startsWith('actions/cache@') ?? false)).toBeGreaterThan(index((s) => s.run?.startsWith('npm ci') ?? false));
    expect(index((s) => s.run === 'npm run build')).toBeGreaterThan(index((s) => s.run === 'npm run validate'));
    const cache = steps.find((s) => s.uses?.startsWith('actions/cache@'))!;
    expect(cache.with!.path).toContain('node_modules/.cache/civic-toolbox');
    expect(cache.with!.path).toContain('node_modules/.astro');
    expect(cache.with!.key).toMatch(/hashFiles\('src\/\*\*'.*'package-lock\.json'\)/);
    const build = steps.find((s) => s.run === 'npm run build')!;
    expect(Object.keys(build.env!).sort()).toEqual(['CIVIC_TOOLBOX_BASE', 'CIVIC_TOOLBOX_BRANCH', 'CIVIC_TOOLBOX_REPOSITORY', 'CIVIC_TOOLBOX_URL']);
    expect(JSON.stringify(w)).not.toContain('secrets.');
  });
});
