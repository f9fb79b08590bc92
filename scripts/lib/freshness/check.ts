/**
 * The freshness check: every URL the entries cite, fetched once, and every repository read from its
 * forge's API; what it finds becomes signals (signals.ts). Network access goes through the `fetch`
 * it is given, so tests run it on recorded answers (undici's MockAgent), without network.
 */
import type { LoadedContent } from '../../../src/checking/pipeline.ts';
import { linkSignals, repoSignals, type LinkResult, type RepoState, type Signal } from './signals.ts';
import { readRepoState, repoRef } from './forges.ts';

export interface Target {
  file: string;
  field: string;
  url: string;
  /** What the entry says, to compare with the repository's state. */
  entry: { license?: string; status?: string };
  /** The field names the entry's code repository: read its forge's API too. */
  repository: boolean;
}

/** Every URL of every entry, with the field it is in. */
export function collectTargets(loaded: LoadedContent): Target[] {
  const out: Target[] = [];
  for (const list of Object.values(loaded.entries)) {
    for (const e of list) {
      if (!e.data) continue;
      const d = e.data;
      const entry = { license: d.license, status: d.status };
      const add = (field: string, url: unknown, repository = false) => typeof url === 'string' && out.push({ file: e.file, field, url, entry, repository });
      add('website', d.website);
      add('source', d.source, true);
      (d.used_by ?? []).forEach((u: { url?: string }, i: number) => add(`used_by[${i}].url`, u.url));
      (d.sources ?? []).forEach((u: string, i: number) => add(`sources[${i}]`, u));
      (d.timeline ?? []).forEach((s: { source: string }, i: number) => add(`timeline[${i}].source`, s.source));
    }
  }
  return out;
}

export interface CheckOptions {
  fetch: (url: string, init?: RequestInit) => Promise<Response>;
  /** YYYY-MM-DD */
  today: string;
  concurrency?: number;
  timeoutMs?: number;
  maxRedirects?: number;
  /** Longest wait for a rate limit to reset before giving up on that URL. */
  maxWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
  token?: string;
  onProgress?: (done: number, total: number) => void;
}

export interface FreshnessReport {
  checkedAt: string;
  urls: number;
  repositories: number;
  signals: Signal[];
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** How long a rate-limited answer asks to wait: Retry-After (seconds or a date), or a reset time in epoch seconds. */
export function waitFor(response: Response, now = Date.now()): number | undefined {
  const retry = response.headers.get('retry-after');
  if (retry) {
    const seconds = Number(retry);
    if (Number.isFinite(seconds)) return seconds * 1000;
    const at = Date.parse(retry);
    if (Number.isFinite(at)) return Math.max(0, at - now);
  }
  if (response.headers.get('x-ratelimit-remaining') === '0') {
    const reset = Number(response.headers.get('x-ratelimit-reset'));
    if (Number.isFinite(reset) && reset > 0) return Math.max(0, reset * 1000 - now);
  }
  return undefined;
}

/** One request, with a timeout; a rate-limited answer is waited out (within maxWaitMs) and the request made again. */
async function request(url: string, init: RequestInit, o: Required<Pick<CheckOptions, 'fetch' | 'timeoutMs' | 'maxWaitMs' | 'sleep'>>): Promise<Response> {
  for (let attempt = 0; ; attempt++) {
    const response = await o.fetch(url, { ...init, signal: AbortSignal.timeout(o.timeoutMs) });
    const limited = response.status === 429 || ((response.status === 403 || response.status === 503) && waitFor(response) !== undefined);
    if (!limited || attempt >= 2) return response;
    const wait = waitFor(response) ?? 1000 * 2 ** attempt;
    if (wait > o.maxWaitMs) return response;
    await response.body?.cancel();
    await o.sleep(wait);
  }
}

export async function fetchLink(url: string, o: CheckOptions): Promise<LinkResult> {
  const opts = { fetch: o.fetch, timeoutMs: o.timeoutMs ?? 15_000, maxWaitMs: o.maxWaitMs ?? 120_000, sleep: o.sleep ?? realSleep };
  let current = url;
  try {
    for (let hop = 0; hop <= (o.maxRedirects ?? 5); hop++) {
      let response = await request(current, { method: 'HEAD', redirect: 'manual' }, opts);
      // Some servers refuse HEAD: ask again with GET.
      if ([403, 405, 501].includes(response.status)) response = await request(current, { method: 'GET', redirect: 'manual' }, opts);
      await response.body?.cancel();
      const location = response.headers.get('location');
      if (response.status >= 300 && response.status < 400 && location) {
        current = new URL(location, current).href;
        continue;
      }
      return { url, status: response.status, ...(current !== url && { finalUrl: current }) };
    }
    return { url, error: `more than ${o.maxRedirects ?? 5} redirects` };
  } catch (error: any) {
    return { url, error: error?.name === 'TimeoutError' ? 'timed out' : String(error?.cause?.code ?? error?.message ?? error) };
  }
}

export async function fetchRepo(url: string, o: CheckOptions): Promise<RepoState | undefined> {
  const ref = repoRef(url);
  if (!ref) return undefined;
  const opts = { fetch: o.fetch, timeoutMs: o.timeoutMs ?? 15_000, maxWaitMs: o.maxWaitMs ?? 120_000, sleep: o.sleep ?? realSleep };
  try {
    const headers: Record<string, string> = { accept: 'application/json', 'user-agent': 'civic-toolbox-freshness' };
    if (o.token && ref.forge === 'github') headers.authorization = `Bearer ${o.token}`;
    const response = await request(ref.api, { headers }, opts);
    if (response.status !== 200 && response.status !== 404) {
      await response.body?.cancel();
      return undefined;
    }
    return readRepoState(ref, response.status, response.status === 200 ? await response.json() : undefined);
  } catch {
    return undefined;
  }
}

/** Runs `work` over `items`, `limit` at a time. */
async function pool<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>, done?: () => void): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const runner = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i]);
      done?.();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, runner));
  return out;
}

/** Fetches each distinct URL once and each distinct repository once, then reports per entry and field. */
export async function checkFreshness(targets: Target[], o: CheckOptions): Promise<FreshnessReport> {
  const urls = [...new Set(targets.map((t) => t.url))];
  const repos = [...new Set(targets.filter((t) => t.repository && repoRef(t.url)).map((t) => t.url))];
  let done = 0;
  const total = urls.length + repos.length;
  const tick = () => o.onProgress?.(++done, total);
  const links = new Map((await pool(urls, o.concurrency ?? 4, (u) => fetchLink(u, o), tick)).map((r) => [r.url, r]));
  const states = new Map<string, RepoState>();
  for (const [i, state] of (await pool(repos, 2, (u) => fetchRepo(u, o), tick)).entries()) if (state) states.set(repos[i], state);
  const signals: Signal[] = [];
  for (const t of targets) {
    signals.push(...linkSignals(t.file, t.field, links.get(t.url)!));
    const state = t.repository ? states.get(t.url) : undefined;
    if (state) signals.push(...repoSignals(t.file, t.field, state, t.entry, o.today));
  }
  return { checkedAt: o.today, urls: urls.length, repositories: repos.length, signals };
}
