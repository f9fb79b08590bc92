/**
 * What the freshness check concludes from what it fetched: pure functions, tested one signal at a
 * time. A signal names the entry, the field and the URL it is about, and says what to do.
 */

export type SignalKind = 'dead-link' | 'moved' | 'unreachable' | 'archived' | 'inactive' | 'license-drift' | 'rate-limited';

export interface Signal {
  kind: SignalKind;
  /** `content/tools/decidim.mdx` */
  file: string;
  /** `website`, `source`, `sources[2]`, `used_by[0].url`... */
  field: string;
  url: string;
  message: string;
}

/** What a URL answered, after following redirects. */
export interface LinkResult {
  url: string;
  status?: number;
  /** Where the redirects ended, when they did not end where they started. */
  finalUrl?: string;
  /** A network error or a timeout, when there was no answer. */
  error?: string;
}

/** What a forge's API says of a repository. */
export interface RepoState {
  url: string;
  archived?: boolean;
  /** Date (YYYY-MM-DD) of the last push or activity. */
  lastActivity?: string;
  /** SPDX id the forge detects, when it detects one. */
  license?: string;
  /** The repository does not exist (any more). */
  missing?: boolean;
}

/** Two URLs that differ only by a trailing slash, `www.` or the scheme's upgrade to https are the same place. */
export function samePlace(a: string, b: string): boolean {
  const norm = (u: string) => {
    try {
      const url = new URL(u);
      return `${url.hostname.replace(/^www\./, '')}${url.pathname.replace(/\/+$/, '')}${url.search}`.toLowerCase();
    } catch {
      return u;
    }
  };
  return norm(a) === norm(b);
}

export function linkSignals(file: string, field: string, r: LinkResult): Signal[] {
  const at = { file, field, url: r.url };
  if (r.error) return [{ kind: 'unreachable', ...at, message: `no answer (${r.error}); check it by hand before removing it` }];
  if (r.status === 404 || r.status === 410) return [{ kind: 'dead-link', ...at, message: `answers ${r.status}: find the page's new address or an archived copy, or remove the fact it backs` }];
  if (r.status === 429) return [{ kind: 'rate-limited', ...at, message: 'the site asked to slow down even after waiting; check again later' }];
  if (r.status !== undefined && r.status >= 500) return [{ kind: 'unreachable', ...at, message: `answers ${r.status} (a server error)` }];
  if (r.finalUrl && !samePlace(r.finalUrl, r.url)) return [{ kind: 'moved', ...at, message: `redirects to ${r.finalUrl}: use the new address if it is the same page` }];
  return [];
}

/** Days between two YYYY-MM-DD dates. */
function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/**
 * A repository's state against what the entry says: archived, inactive for more than
 * `inactiveAfterDays` (two years by default) while the entry does not say obsolete, and a licence
 * the forge detects that the entry's expression does not name.
 */
export function repoSignals(file: string, field: string, state: RepoState, entry: { license?: string; status?: string }, today: string, inactiveAfterDays = 730): Signal[] {
  const at = { file, field, url: state.url };
  if (state.missing) return [{ kind: 'dead-link', ...at, message: 'the forge has no such repository (any more): find where the code moved, or remove the link' }];
  const out: Signal[] = [];
  const obsolete = entry.status === 'obsolete';
  if (state.archived && !obsolete) out.push({ kind: 'archived', ...at, message: 'the repository is archived (read-only): the project looks unmaintained; check it and set `status: obsolete` with the source' });
  if (!state.archived && state.lastActivity && !obsolete && daysBetween(state.lastActivity, today) > inactiveAfterDays) {
    out.push({ kind: 'inactive', ...at, message: `no activity since ${state.lastActivity}, more than ${Math.round(inactiveAfterDays / 365)} years: check whether the project is still maintained` });
  }
  if (state.license && entry.license && entry.license !== 'proprietary') {
    const named = new Set((entry.license.match(/[A-Za-z0-9.+-]+/g) ?? []).filter((t) => !['AND', 'OR', 'WITH'].includes(t)));
    // GitHub reports "AGPL-3.0" for both -only and -or-later: compare on the family.
    const family = (id: string) => id.replace(/-(only|or-later)$/, '').replace(/\+$/, '');
    if (![...named].some((id) => family(id) === family(state.license!))) {
      out.push({ kind: 'license-drift', ...at, message: `the forge detects ${state.license}, the entry says ${entry.license}: check the LICENSE file at its latest commit` });
    }
  }
  return out;
}
