/**
 * Reading a repository's state from its forge's public API: GitHub, GitLab (gitlab.com and
 * instances with the same API) and Gitea/Forgejo (Codeberg). Anonymous requests, no token needed
 * (a GITHUB_TOKEN is used when present, for a higher rate limit).
 */
import type { RepoState } from './signals.ts';

export interface RepoRef {
  forge: 'github' | 'gitlab' | 'gitea';
  /** `https://api.github.com/repos/owner/name` */
  api: string;
  url: string;
}

/** The API address of a repository URL, or undefined for a URL that is not a repository's front page on a known forge. */
export function repoRef(url: string): RepoRef | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return undefined;
  }
  const parts = u.pathname.replace(/\.git$/, '').split('/').filter(Boolean);
  if (u.hostname === 'github.com' && parts.length === 2) return { forge: 'github', api: `https://api.github.com/repos/${parts[0]}/${parts[1]}`, url };
  if ((u.hostname === 'gitlab.com' || u.hostname.startsWith('gitlab.')) && parts.length >= 2 && !parts.includes('-')) {
    return { forge: 'gitlab', api: `https://${u.hostname}/api/v4/projects/${encodeURIComponent(parts.join('/'))}?license=true`, url };
  }
  if (u.hostname === 'codeberg.org' && parts.length === 2) return { forge: 'gitea', api: `https://codeberg.org/api/v1/repos/${parts[0]}/${parts[1]}`, url };
  return undefined;
}

const day = (iso: unknown) => (typeof iso === 'string' && /^\d{4}-\d{2}-\d{2}/.test(iso) ? iso.slice(0, 10) : undefined);

/** The state of a repository from its API's JSON answer. */
export function readRepoState(ref: RepoRef, status: number, body: any): RepoState {
  if (status === 404) return { url: ref.url, missing: true };
  if (ref.forge === 'github') {
    const license = body?.license?.spdx_id;
    return { url: ref.url, archived: body?.archived === true, lastActivity: day(body?.pushed_at), ...(license && license !== 'NOASSERTION' && { license }) };
  }
  if (ref.forge === 'gitlab') {
    const license = typeof body?.license?.key === 'string' ? body.license.key.toUpperCase() : undefined;
    return { url: ref.url, archived: body?.archived === true, lastActivity: day(body?.last_activity_at), ...(license && { license }) };
  }
  return { url: ref.url, archived: body?.archived === true, lastActivity: day(body?.updated_at) };
}
