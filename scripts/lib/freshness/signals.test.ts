import { describe, expect, test } from 'vitest';
import { linkSignals, repoSignals, samePlace } from './signals.ts';
import { readRepoState, repoRef } from './forges.ts';

const F = 'content/tools/x.mdx';

describe('link signals', () => {
  test('a 404 or 410 is a dead link; a 200 is nothing', () => {
    expect(linkSignals(F, 'website', { url: 'https://a.org', status: 404 })[0]).toMatchObject({ kind: 'dead-link', field: 'website' });
    expect(linkSignals(F, 'website', { url: 'https://a.org', status: 410 })[0].kind).toBe('dead-link');
    expect(linkSignals(F, 'website', { url: 'https://a.org', status: 200 })).toEqual([]);
  });
  test('a redirect elsewhere is a move; to the same place (https, www, slash) it is not', () => {
    expect(linkSignals(F, 'website', { url: 'https://consul.org', status: 200, finalUrl: 'https://consuldemocracy.org/' })[0]).toMatchObject({ kind: 'moved', message: expect.stringContaining('https://consuldemocracy.org/') });
    expect(linkSignals(F, 'website', { url: 'http://a.org', status: 200, finalUrl: 'https://www.a.org/' })).toEqual([]);
    expect(samePlace('https://a.org/x/', 'https://www.A.org/x')).toBe(true);
  });
  test('no answer, a server error or a lasting rate limit is reported, never as dead', () => {
    expect(linkSignals(F, 'sources[0]', { url: 'https://a.org', error: 'timed out' })[0].kind).toBe('unreachable');
    expect(linkSignals(F, 'sources[0]', { url: 'https://a.org', status: 503 })[0].kind).toBe('unreachable');
    expect(linkSignals(F, 'sources[0]', { url: 'https://a.org', status: 429 })[0].kind).toBe('rate-limited');
  });
});

describe('repository signals', () => {
  const today = '2026-11-30';
  test('archived, unless the entry already says obsolete', () => {
    expect(repoSignals(F, 'source', { url: 'u', archived: true, lastActivity: '2019-01-01' }, { status: 'beta' }, today).map((s) => s.kind)).toEqual(['archived']);
    expect(repoSignals(F, 'source', { url: 'u', archived: true }, { status: 'obsolete' }, today)).toEqual([]);
  });
  test('inactive after two years without activity', () => {
    expect(repoSignals(F, 'source', { url: 'u', lastActivity: '2024-11-01' }, { status: 'stable' }, today).map((s) => s.kind)).toEqual(['inactive']);
    expect(repoSignals(F, 'source', { url: 'u', lastActivity: '2025-01-15' }, { status: 'stable' }, today)).toEqual([]);
  });
  test('licence drift, comparing families (GitHub says AGPL-3.0 for -only and -or-later)', () => {
    expect(repoSignals(F, 'source', { url: 'u', license: 'MIT' }, { license: 'AGPL-3.0-only' }, today)[0]).toMatchObject({ kind: 'license-drift', message: expect.stringContaining('MIT') });
    expect(repoSignals(F, 'source', { url: 'u', license: 'AGPL-3.0' }, { license: 'AGPL-3.0-or-later' }, today)).toEqual([]);
    expect(repoSignals(F, 'source', { url: 'u', license: 'Apache-2.0' }, { license: 'MIT OR Apache-2.0' }, today)).toEqual([]);
  });
  test('a repository the forge no longer has is a dead link', () => {
    expect(repoSignals(F, 'source', { url: 'u', missing: true }, {}, today)[0].kind).toBe('dead-link');
  });
});

describe('forges', () => {
  test('API addresses of repository URLs; other URLs have none', () => {
    expect(repoRef('https://github.com/decidim/decidim')?.api).toBe('https://api.github.com/repos/decidim/decidim');
    expect(repoRef('https://github.com/decidim/decidim.git')?.api).toBe('https://api.github.com/repos/decidim/decidim');
    expect(repoRef('https://gitlab.com/a/b/c')?.api).toBe('https://gitlab.com/api/v4/projects/a%2Fb%2Fc?license=true');
    expect(repoRef('https://codeberg.org/o/r')?.forge).toBe('gitea');
    expect(repoRef('https://github.com/decidim/decidim/blob/abc/LICENSE')).toBeUndefined();
    expect(repoRef('https://decidim.org')).toBeUndefined();
  });
  test('each forge’s answer read the same way', () => {
    const gh = repoRef('https://github.com/o/r')!;
    expect(readRepoState(gh, 200, { archived: true, pushed_at: '2019-05-02T10:00:00Z', license: { spdx_id: 'MIT' } })).toEqual({ url: 'https://github.com/o/r', archived: true, lastActivity: '2019-05-02', license: 'MIT' });
    expect(readRepoState(gh, 200, { archived: false, pushed_at: '2026-01-01T00:00:00Z', license: { spdx_id: 'NOASSERTION' } })).toEqual({ url: 'https://github.com/o/r', archived: false, lastActivity: '2026-01-01' });
    expect(readRepoState(gh, 404, undefined)).toEqual({ url: 'https://github.com/o/r', missing: true });
    const gl = repoRef('https://gitlab.com/o/r')!;
    expect(readRepoState(gl, 200, { archived: false, last_activity_at: '2025-03-01T00:00:00Z', license: { key: 'agpl-3.0' } })).toMatchObject({ lastActivity: '2025-03-01', license: 'AGPL-3.0' });
  });
});
