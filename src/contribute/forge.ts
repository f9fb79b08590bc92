/**
 * Handing a file to the forge without a server of ours. On GitHub, the repository's "new file"
 * page takes the path and the content in its address: for a person without write access GitHub
 * forks the repository and opens the pull request, whose description starts from the commit's
 * (filled with the pull-request template's checklist). GitHub's "edit file" page takes no content:
 * a correction is copied first, then pasted there. Other forges, and texts too long for an address,
 * get the copy and download buttons and the repository's address.
 */

/** Longest address handed to the forge: browsers and GitHub accept more, proxies and servers not always. */
export const MAX_URL_LENGTH = 8000;

export interface ForgeTarget {
  repository: string;
  branch: string;
}

export interface Handoff {
  /** GitHub, or another forge (GitLab, Gitea...) reached by copy or download. */
  forge: 'github' | 'other';
  /** The page that creates the file with its content, when the forge and the length allow it. */
  prefilled?: string;
  /** The page where the file is created (empty) or edited, after copying the text. */
  manual: string;
}

export function isGitHub(repository: string): boolean {
  return /^https:\/\/github\.com\/[^/]+\/[^/]+\/?$/.test(repository);
}

/** Where the text goes: a new file (`isNew`) or a change to an existing one. */
export function handoff(target: ForgeTarget, file: { path: string; text: string; isNew: boolean; message: string; description: string }): Handoff {
  const repo = target.repository.replace(/\/+$/, '');
  if (!isGitHub(repo)) return { forge: 'other', manual: repo };
  const enc = encodeURIComponent;
  const manual = file.isNew ? `${repo}/new/${enc(target.branch)}?filename=${enc(file.path)}` : `${repo}/edit/${enc(target.branch)}/${file.path.split('/').map(enc).join('/')}`;
  if (!file.isNew) return { forge: 'github', manual };
  const prefilled = `${manual}&value=${enc(file.text)}&message=${enc(file.message)}&description=${enc(file.description)}`;
  return { forge: 'github', manual, ...(prefilled.length <= MAX_URL_LENGTH && { prefilled }) };
}

/**
 * The pull-request template with the boxes ticked that are true: `checked` holds the position
 * (0-based) of each ticked item among the template's `- [ ]` lines.
 */
export function filledChecklist(template: string, checked: ReadonlySet<number>): string {
  let n = 0;
  return template
    .replace(/<!--[\s\S]*?-->\n?/g, '')
    .replace(/^(\s*)- \[ \]/gm, (m, indent: string) => (checked.has(n++) ? `${indent}- [x]` : m))
    .trim();
}
