import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { changeDates, parseChangeLog } from './change-dates.ts';

test('each file gets the date of its newest commit, in UTC', () => {
  const out = '\x1e2026-11-30T10:00:00+01:00\n\ncontent/tools/a.mdx\ncontent/tools/b.mdx\n\x1e2026-10-01T08:00:00Z\n\ncontent/tools/a.mdx\ncontent/tools/c.mdx\n';
  expect(Object.fromEntries(parseChangeLog(out))).toEqual({
    'content/tools/a.mdx': '2026-11-30T09:00:00Z',
    'content/tools/b.mdx': '2026-11-30T09:00:00Z',
    'content/tools/c.mdx': '2026-10-01T08:00:00Z',
  });
});

describe('from a repository', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
  const repo = () => {
    const dir = mkdtempSync(join(tmpdir(), 'change-dates-'));
    dirs.push(dir);
    const git = (date: string, ...args: string[]) => {
      const r = spawnSync('git', ['-C', dir, ...args], { encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 'test@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 'test@example.org' } });
      if (r.status !== 0) throw new Error(r.stderr);
    };
    git('2026-01-01T00:00:00Z', 'init', '-q');
    mkdirSync(join(dir, 'content', 'tools'), { recursive: true });
    writeFileSync(join(dir, 'content/tools/a.mdx'), 'a');
    writeFileSync(join(dir, 'content/tools/b.mdx'), 'b');
    git('2026-01-01T00:00:00Z', 'add', '.');
    git('2026-01-02T12:00:00Z', 'commit', '-q', '-m', 'first');
    writeFileSync(join(dir, 'content/tools/b.mdx'), 'b2');
    git('2026-03-04T05:06:07Z', 'commit', '-q', '-am', 'second');
    return dir;
  };

  test('the last commit of each content file', () => {
    const dates = changeDates(repo());
    expect(dates.get('content/tools/a.mdx')).toBe('2026-01-02T12:00:00Z');
    expect(dates.get('content/tools/b.mdx')).toBe('2026-03-04T05:06:07Z');
  });

  test('outside a repository, or in a shallow clone: nothing, so the review dates stand', () => {
    const plain = mkdtempSync(join(tmpdir(), 'change-dates-plain-'));
    dirs.push(plain);
    expect(changeDates(plain).size).toBe(0);
    const source = repo();
    const shallow = mkdtempSync(join(tmpdir(), 'change-dates-shallow-'));
    dirs.push(shallow);
    spawnSync('git', ['clone', '-q', '--depth', '1', `file://${source}`, shallow]);
    expect(changeDates(shallow).size).toBe(0);
  });
});
