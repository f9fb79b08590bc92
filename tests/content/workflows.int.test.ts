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
});
