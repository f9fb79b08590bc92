/** Site-wide settings: the one place to change where the catalogue lives. */
export const SITE = {
  name: 'Civic Toolbox',
  /** Public address of the built site (canonical links, schema ids). */
  url: 'https://civic-toolbox.org',
  /** Git repository holding content/; "edit this page" links point into it. */
  repository: 'https://github.com/civic-toolbox/civic-toolbox',
  /** Branch that edit links target. */
  branch: 'main',
  /** Reviews older than this many months are flagged as stale. */
  staleAfterMonths: 18,
} as const;
