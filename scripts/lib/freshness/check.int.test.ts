/**
 * The freshness check end to end on recorded answers: undici's MockAgent stands in for the
 * network (no request leaves the machine), with redirects, a timeout, a rate limit it waits out,
 * 404s and an archived repository. Slow only by the timeout it provokes (a fraction of a second).
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { MockAgent, fetch as undiciFetch } from 'undici';
import { checkFreshness, fetchLink, waitFor, type Target } from './check.ts';
import { formatMarkdown, formatText } from './report.ts';

let agent: MockAgent;
const sleeps: number[] = [];
const options = () => ({
  fetch: ((url: string, init?: RequestInit) => undiciFetch(url, { ...(init as object), dispatcher: agent })) as unknown as (url: string, init?: RequestInit) => Promise<Response>,
  today: '2026-11-30',
  timeoutMs: 300,
  sleep: async (ms: number) => void sleeps.push(ms),
});

beforeEach(() => {
  agent = new MockAgent();
  agent.disableNetConnect();
  sleeps.length = 0;
});
afterEach(() => agent.close());

const target = (file: string, field: string, url: string, entry = {}, repository = false): Target => ({ file, field, url, entry, repository });

describe('one URL', () => {
  test('follows redirects and says where they end', async () => {
    const old = agent.get('https://old.example.org');
    old.intercept({ path: '/', method: 'HEAD' }).reply(301, '', { headers: { location: 'https://new.example.org/home' } });
    agent.get('https://new.example.org').intercept({ path: '/home', method: 'HEAD' }).reply(200, '');
    await expect(fetchLink('https://old.example.org/', options())).resolves.toEqual({ url: 'https://old.example.org/', status: 200, finalUrl: 'https://new.example.org/home' });
  });

  test('asks again with GET when HEAD is refused', async () => {
    const site = agent.get('https://nohead.example.org');
    site.intercept({ path: '/', method: 'HEAD' }).reply(405, '');
    site.intercept({ path: '/', method: 'GET' }).reply(200, 'ok');
    await expect(fetchLink('https://nohead.example.org/', options())).resolves.toMatchObject({ status: 200 });
  });

  test('a server that does not answer in time is unreachable, not dead', async () => {
    agent.get('https://slow.example.org').intercept({ path: '/', method: 'HEAD' }).reply(200, '').delay(2000);
    await expect(fetchLink('https://slow.example.org/', options())).resolves.toEqual({ url: 'https://slow.example.org/', error: 'timed out' });
  });

  test('a rate limit is waited out as the server asks, then the request resumes', async () => {
    const site = agent.get('https://busy.example.org');
    site.intercept({ path: '/', method: 'HEAD' }).reply(429, '', { headers: { 'retry-after': '7' } });
    site.intercept({ path: '/', method: 'HEAD' }).reply(200, '');
    await expect(fetchLink('https://busy.example.org/', options())).resolves.toMatchObject({ status: 200 });
    expect(sleeps).toEqual([7000]);
  });

  test('a wait longer than allowed is not waited: the URL is reported as rate-limited', async () => {
    agent.get('https://busier.example.org').intercept({ path: '/', method: 'HEAD' }).reply(429, '', { headers: { 'retry-after': '3600' } });
    await expect(fetchLink('https://busier.example.org/', { ...options(), maxWaitMs: 60_000 })).resolves.toMatchObject({ status: 429 });
    expect(sleeps).toEqual([]);
  });

  test('GitHub’s reset header gives the wait', () => {
    const reply = new Response(null, { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1000' } });
    expect(waitFor(reply, 990_000)).toBe(10_000);
  });
});

describe('a whole run', () => {
  test('each URL fetched once; dead links, moves, archived repositories and licence drift reported per entry and field', async () => {
    const site = agent.get('https://decidim.example.org');
    site.intercept({ path: '/', method: 'HEAD' }).reply(200, '');
    const madison = agent.get('https://mymadison.example.org');
    madison.intercept({ path: '/', method: 'HEAD' }).reply(404, '');
    const consul = agent.get('https://consul.example.org');
    consul.intercept({ path: '/', method: 'HEAD' }).reply(301, '', { headers: { location: 'https://consuldemocracy.example.org/' } });
    agent.get('https://consuldemocracy.example.org').intercept({ path: '/', method: 'HEAD' }).reply(200, '');
    const github = agent.get('https://github.com');
    github.intercept({ path: '/opengovfoundation/madison', method: 'HEAD' }).reply(200, '');
    github.intercept({ path: '/CitizensFoundation/your-priorities-app', method: 'HEAD' }).reply(200, '');
    const api = agent.get('https://api.github.com');
    api.intercept({ path: '/repos/opengovfoundation/madison', method: 'GET' }).reply(200, { archived: true, pushed_at: '2019-03-01T00:00:00Z', license: { spdx_id: 'GPL-3.0' } });
    api.intercept({ path: '/repos/CitizensFoundation/your-priorities-app', method: 'GET' }).reply(403, { message: 'rate limited' }, { headers: { 'x-ratelimit-remaining': '0', 'retry-after': '2' } });
    api.intercept({ path: '/repos/CitizensFoundation/your-priorities-app', method: 'GET' }).reply(200, { archived: false, pushed_at: '2026-10-01T00:00:00Z', license: { spdx_id: 'MIT' } });

    const targets = [
      target('content/tools/decidim.mdx', 'website', 'https://decidim.example.org/'),
      target('content/tools/decidim.mdx', 'sources[0]', 'https://decidim.example.org/'),
      target('content/tools/madison.mdx', 'website', 'https://mymadison.example.org/'),
      target('content/tools/madison.mdx', 'source', 'https://github.com/opengovfoundation/madison', { license: 'GPL-3.0-only', status: 'beta' }, true),
      target('content/tools/consul-democracy.mdx', 'website', 'https://consul.example.org/'),
      target('content/tools/your-priorities.mdx', 'source', 'https://github.com/CitizensFoundation/your-priorities-app', { license: 'AGPL-3.0-only', status: 'stable' }, true),
    ];
    const report = await checkFreshness(targets, options());
    expect(report.urls).toBe(5);
    expect(report.repositories).toBe(2);
    expect(report.signals.map((s) => `${s.file} ${s.field} ${s.kind}`).sort()).toEqual([
      'content/tools/consul-democracy.mdx website moved',
      'content/tools/madison.mdx source archived',
      'content/tools/madison.mdx website dead-link',
      'content/tools/your-priorities.mdx source license-drift',
    ]);
    expect(sleeps).toEqual([2000]);
    // Every recorded answer was used: nothing was fetched twice, nothing left the machine.
    agent.assertNoPendingInterceptors();

    const text = formatText(report);
    expect(text).toMatch(/^Checked 5 URLs and 2 repositories on 2026-11-30: 4 findings\./);
    expect(text).toContain('  content/tools/madison.mdx  website  https://mymadison.example.org/: answers 404');
    const markdown = formatMarkdown(report, 'https://github.com/civic-toolbox/civic-toolbox', 'main');
    expect(markdown).toContain('## Dead links (1)');
    expect(markdown).toContain('| [content/tools/your-priorities.mdx](https://github.com/civic-toolbox/civic-toolbox/blob/main/content/tools/your-priorities.mdx) | source | <https://github.com/CitizensFoundation/your-priorities-app> | the forge detects MIT, the entry says AGPL-3.0-only');
  });
});
