import type { FreshnessReport } from './check.ts';
import type { Signal } from './signals.ts';

const ORDER: Signal['kind'][] = ['dead-link', 'archived', 'inactive', 'license-drift', 'moved', 'unreachable', 'rate-limited'];

const TITLES: Record<Signal['kind'], string> = {
  'dead-link': 'Dead links',
  archived: 'Archived repositories',
  inactive: 'Projects with no activity for over two years',
  'license-drift': 'Licence drift (the repository says one thing, the entry another)',
  moved: 'Moved sites (redirects)',
  unreachable: 'Unreachable (no answer, timeouts, server errors)',
  'rate-limited': 'Rate-limited (check again later)',
};

function byKind(report: FreshnessReport) {
  return ORDER.map((kind) => ({ kind, signals: report.signals.filter((s) => s.kind === kind) })).filter((g) => g.signals.length);
}

/** For a terminal: one line a signal, `file  field  url: message`, grouped by kind. */
export function formatText(report: FreshnessReport): string {
  const lines = [`Checked ${report.urls} URLs and ${report.repositories} repositories on ${report.checkedAt}: ${report.signals.length} finding${report.signals.length === 1 ? '' : 's'}.`];
  for (const g of byKind(report)) {
    lines.push('', `${TITLES[g.kind]} (${g.signals.length})`);
    for (const s of g.signals) lines.push(`  ${s.file}  ${s.field}  ${s.url}: ${s.message}`);
  }
  return `${lines.join('\n')}\n`;
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** For the tracking issue: a table a kind, the file linked to its place in the repository. */
export function formatMarkdown(report: FreshnessReport, repository: string, branch: string): string {
  const lines = [`# Freshness check, ${report.checkedAt}`, '', `${report.urls} URLs and ${report.repositories} repositories checked; ${report.signals.length} finding${report.signals.length === 1 ? '' : 's'}.`];
  if (!report.signals.length) lines.push('', 'Nothing went stale.');
  for (const g of byKind(report)) {
    lines.push('', `## ${TITLES[g.kind]} (${g.signals.length})`, '', '| Entry | Field | URL | What to do |', '| --- | --- | --- | --- |');
    for (const s of g.signals) lines.push(`| [${cell(s.file)}](${repository}/blob/${branch}/${s.file}) | ${cell(s.field)} | <${s.url}> | ${cell(s.message)} |`);
  }
  return `${lines.join('\n')}\n`;
}
