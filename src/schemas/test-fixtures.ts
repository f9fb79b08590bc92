/** The smallest valid tool front matter, for tests; each test changes one thing. */
export function makeMinimalTool(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Decidim',
    summary: 'Cadre libre de démocratie participative.',
    website: 'https://decidim.org',
    license: 'AGPL-3.0-only',
    type: 'software',
    status: 'stable',
    use_cases: ['participatory-budgeting'],
    reviewed: '2026-11-23',
    sources: ['https://github.com/decidim/decidim'],
    ...overrides,
  };
}
