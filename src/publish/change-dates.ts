import { spawnSync } from 'node:child_process';

/**
 * When each content file last changed, from Git history: the feed dates an entry by its last
 * commit, so subscribers see what changed rather than the whole catalogue at once.
 *
 * One `git log` over content/ gives every file's latest commit. Without Git, outside a repository,
 * or in a shallow clone (CI checkouts fetch one commit by default, which would date every file the
 * same), the map is empty and callers fall back to the entries' `reviewed` dates.
 */
export function changeDates(root: string, folder = 'content'): Map<string, string> {
  const git = (...args: string[]) => spawnSync('git', ['-C', root, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  const shallow = git('rev-parse', '--is-shallow-repository');
  if (shallow.status !== 0 || shallow.stdout.trim() !== 'false') return new Map();
  const log = git('log', '--format=%x1e%cI', '--name-only', '--no-renames', '--', folder);
  return log.status === 0 ? parseChangeLog(log.stdout) : new Map();
}

/** `git log --format=%x1e%cI --name-only` output -> file -> the date of its newest commit (the first one listed). */
export function parseChangeLog(out: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const block of out.split('\x1e')) {
    const [date, ...files] = block.split('\n').map((l) => l.trim()).filter(Boolean);
    if (!date) continue;
    const utc = new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z');
    for (const f of files) if (!dates.has(f)) dates.set(f, utc);
  }
  return dates;
}
