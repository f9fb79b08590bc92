import { describe, expect, test } from 'vitest';
import { checkEntryFile } from '../../src/checking/entry-check.ts';
import {
  cleanText,
  cleanUrl,
  dpgStatus,
  findOrganization,
  findTool,
  IMPORT_MARKER,
  mapLicense,
  mapRecord,
  markdownText,
  matchUseCases,
  organizationEntry,
  organizationType,
  recordSourceUrl,
  renderEntry,
  summarise,
  toolBody,
  unifiedDiff,
  uniqueId,
  type DpgRecord,
  type MapOptions,
} from './dpg.ts';

const USE_CASES = new Set([
  'open-data-portal', 'public-consultation', 'participatory-budgeting', 'petitions', 'law-co-creation', 'parliamentary-monitoring',
  'political-accountability', 'action-plan-tracking', 'open-contracting', 'budget-transparency', 'freedom-of-information',
  'benefits-simulation', 'epidemic-surveillance', 'data-visualisation', 'mapping', 'citizen-reporting', 'data-collection', 'online-procedures',
]);
const OPTIONS: MapOptions = { today: '2026-11-23', useCaseIds: USE_CASES, sdg: 16, review: {} };

/** A record shaped like archive/alaveteli.json, with the flaws the registry has. */
function record(overrides: Partial<DpgRecord> = {}): DpgRecord {
  return {
    name: 'Alaveteli',
    aliases: [''],
    description: 'Provide a Freedom of Information request system for your jurisdiction',
    website: 'https://alaveteli.org',
    license: [{ spdx: 'AGPL-3.0', licenseURL: 'https://github.com/mysociety/alaveteli/blob/develop/LICENSE.txt' }],
    SDGs: [{ SDGNumber: 16 }],
    sectors: [],
    type: ['software'],
    repositories: [{ name: 'main', url: 'https://github.com/mysociety/alaveteli' }],
    organizations: [{ name: 'mySociety', website: ' https://www.mysociety.org/', org_type: 'owner' }],
    stage: 'nominee',
    ...overrides,
  };
}

function mapped(r: DpgRecord, folder: 'nominees' | 'archive' = 'archive', options: MapOptions = OPTIONS) {
  const result = mapRecord({ folder, file: 'alaveteli.json', record: r }, options);
  if (!result.ok) throw new Error(`expected the record to map, got: ${result.reason}`);
  return result.tool;
}

function skipped(r: DpgRecord, options: MapOptions = OPTIONS): string {
  const result = mapRecord({ folder: 'archive', file: 'x.json', record: r }, options);
  if (result.ok) throw new Error('expected the record to be skipped');
  return result.reason;
}

describe('licences', () => {
  test.each([
    [['AGPL-3.0'], 'AGPL-3.0-only'],
    [['GPL-3.0'], 'GPL-3.0-only'],
    [['LGPL-3.0'], 'LGPL-3.0-only'],
    [['GPL-2.0'], 'GPL-2.0-only'],
    [['MIT'], 'MIT'],
    [['MIT', 'CC-BY-SA-4.0'], 'MIT OR CC-BY-SA-4.0'],
    [['GPL-3.0', 'GPL-3.0', 'MIT', 'MIT'], 'GPL-3.0-only OR MIT'],
  ])('%j -> %s', (ids, expected) => {
    const result = mapLicense(ids.map((spdx) => ({ spdx, licenseURL: 'https://example.org/LICENSE' })));
    expect(result).toMatchObject({ ok: true, value: expected });
  });

  test('an id that cannot be mapped is a reason to skip, never a guess', () => {
    expect(mapLicense([{ spdx: 'Some Custom Licence' }])).toMatchObject({ ok: false });
    expect(mapLicense([{ spdx: 'proprietary' }])).toMatchObject({ ok: false });
    expect(mapLicense([])).toMatchObject({ ok: false, reason: 'no licence in the record' });
    expect(skipped(record({ license: [{ spdx: 'Custom-Licence-1.0' }] }))).toMatch(/licence "Custom-Licence-1.0"/);
  });
});

describe('text cleaning', () => {
  test('e-mail addresses and phone numbers are removed from free text', () => {
    const text = cleanText('Write to jane.doe@example.org or call +91 93102 00148, or (617) 555-0100. Also mailto:a@b.co and x [at] y [dot] org.');
    expect(text).not.toMatch(/@|\[at\]|93102|555/);
    expect(text).toContain('Write to');
  });

  test('years and counts are not mistaken for phone numbers', () => {
    expect(cleanText('Since 2008, used by 2,000 organisations in 25 countries (2010-2012).')).toBe('Since 2008, used by 2,000 organisations in 25 countries (2010-2012).');
  });

  test('Markdown bodies get no MDX syntax and no accidental formatting', () => {
    const out = markdownText('Use <b>{x}</b> *now* - [link]');
    expect(out).not.toMatch(/[<>{}]/);
    expect(out).toContain('\\*now\\*');
    expect(out).toContain('\\[link\\]');
  });

  test.each([
    [' https://www.mysociety.org/', 'https://www.mysociety.org/'],
    ['undefined', undefined],
    ['', undefined],
    ['HTTPS://Example.org', 'https://Example.org'],
    ['https://a.org https://b.org', 'https://a.org'],
    ['www.example.org', undefined],
  ])('cleanUrl(%j) -> %j', (value, expected) => {
    expect(cleanUrl(value)).toBe(expected);
  });

  test('summaries stop at 160 characters, at a sentence, else at a word', () => {
    const sentences = `${'A first sentence that is long enough to count. '.repeat(3)}And a last one that goes over the limit.`;
    const s = summarise(sentences);
    expect(s.length).toBeLessThanOrEqual(160);
    expect(s.endsWith('.')).toBe(true);
    const words = summarise('word '.repeat(60));
    expect(words.length).toBeLessThanOrEqual(160);
    expect(words.endsWith('word…')).toBe(true);
    expect(summarise('Short.')).toBe('Short.');
  });
});

describe('mapRecord', () => {
  test('maps the fields of a record', () => {
    const tool = mapped(record());
    expect(tool.data).toMatchObject({
      name: 'Alaveteli',
      summary: 'Provide a Freedom of Information request system for your jurisdiction',
      website: 'https://alaveteli.org',
      source: 'https://github.com/mysociety/alaveteli',
      license: 'AGPL-3.0-only',
      type: 'software',
      use_cases: ['freedom-of-information'],
      criteria: { 'digital-public-good': 'archived' },
      reviewed: '2026-11-23',
      sources: ['https://github.com/DPGAlliance/publicgoods-candidates/blob/a1d99f08/archive/alaveteli.json'],
      lang: 'en',
    });
    expect(tool.data.tags).toEqual([]);
    expect(tool.organizations).toEqual([{ name: 'mySociety', website: 'https://www.mysociety.org/', role: 'owner' }]);
  });

  test('digital-public-good comes from the folder, then the stage', () => {
    expect(dpgStatus('nominees', 'DPG')).toBe('recognised');
    expect(dpgStatus('nominees', 'nominee')).toBe('nominated');
    expect(dpgStatus('archive', 'nominee')).toBe('archived');
    expect(dpgStatus('archive', 'DPG')).toBe('archived');
    expect(mapped(record({ stage: 'DPG' }), 'nominees').data.criteria['digital-public-good']).toBe('recognised');
  });

  test('the source URL points at the registry commit', () => {
    expect(recordSourceUrl('nominees', 'odk.json')).toBe('https://github.com/DPGAlliance/publicgoods-candidates/blob/a1d99f08/nominees/odk.json');
  });

  test('no website: the repository stands in; neither: skipped', () => {
    expect(mapped(record({ website: '' })).data.website).toBe('https://github.com/mysociety/alaveteli');
    expect(skipped(record({ website: 'undefined', repositories: [] }))).toBe('no website and no repository URL');
  });

  test('records that are not software, or do not cite the SDG, are skipped', () => {
    expect(skipped(record({ type: ['standard'] }))).toMatch(/^not software/);
    expect(skipped(record({ SDGs: [{ SDGNumber: 3 }] }))).toBe('does not cite SDG 16');
    expect(mapRecord({ folder: 'archive', file: 'x.json', record: record({ SDGs: [{ SDGNumber: 3 }] }) }, { ...OPTIONS, sdg: undefined }).ok).toBe(true);
  });

  test('no use case: skipped for manual review, nothing invented', () => {
    expect(skipped(record({ name: 'Ledger', description: 'A double-entry accounting library for microfinance institutions.' }))).toMatch(/no use case/);
  });

  test('a review decision can leave a record out, or choose its use cases', () => {
    const key = 'archive/alaveteli.json';
    expect(mapRecord({ folder: 'archive', file: 'alaveteli.json', record: record() }, { ...OPTIONS, review: { [key]: { exclude: 'not civic' } } })).toMatchObject({ ok: false, reason: 'left out on review: not civic' });
    const tool = mapped(record(), 'archive', { ...OPTIONS, review: { [key]: { use_cases: ['petitions', 'not-a-use-case'], sources: ['https://github.com/mysociety/alaveteli'] } } });
    expect(tool.data.use_cases).toEqual(['petitions']);
    expect(tool.data.sources).toContain('https://github.com/mysociety/alaveteli');
  });

  test('personal data never reaches the output', () => {
    const r = record({
      description: 'Contact jane.doe@example.org or +44 20 7946 0958 for a Freedom of Information request system.',
      organizations: [
        { name: 'Jane Doe', website: 'https://github.com/janedoe', org_type: 'owner', contact_name: 'Jane Doe', contact_email: 'jane.doe@example.org' },
        { name: 'Open Knowledge Foundation Germany', website: 'https://okfn.de/', org_type: 'owner', contact_email: 'x@okfn.de' },
      ] as any,
    });
    const tool = mapped(r);
    const orgs = tool.organizations.filter((o) => o.type);
    expect(orgs.map((o) => o.name)).toEqual(['Open Knowledge Foundation Germany']);
    const body = toolBody(tool, orgs.map((o) => o.name));
    const text = renderEntry('tools', tool.data as any, body);
    expect(text).not.toMatch(/@|Jane|7946/);
  });
});

describe('organisations', () => {
  test.each([
    ['Open Knowledge Foundation Germany', 'https://okfn.de/', 'civil-society'],
    ['Technology Transfer Center, Government of Spain', 'https://administracionelectronica.gob.es/', 'government'],
    ['Tokyo Metropolitan Government', 'https://www.metro.tokyo.lg.jp', 'local-government'],
    ['International Institute of Information Technology, Bangalore (IIIT-B)', 'https://www.iiitb.ac.in/', 'academic'],
    ['United Nations Development Programme', 'https://undp.org/', 'international'],
    ['CiviCRM LLC', 'https://civicrm.org/', 'company'],
    ['Government Technology Agency, Singapore', 'https://www.tech.gov.sg', 'government'],
  ])('%s is %s', (name, website, type) => {
    expect(organizationType(name, website)?.type).toBe(type);
  });

  test.each([
    ['KoBo, Inc', 'https://www.kobotoolbox.org'],
    ['InSTEDD', 'https://instedd.org'],
    ['Ben Matthew', undefined],
    ['Buenos Aires Data', 'https://data.buenosaires.gob.ar'],
    ['Open Government Partnership', 'https://www.opengovpartnership.org'],
    ['mySociety Limited', 'https://www.mysociety.org'],
    ['School of Data', 'https://schoolofdata.org'],
  ])('%s: no type is guessed', (name, website) => {
    expect(organizationType(name, website)).toBeUndefined();
  });

  test('funders and implementers are not developers', () => {
    const tool = mapped(record({ organizations: [{ name: 'Bill & Melinda Gates Foundation', website: 'https://www.gatesfoundation.org', org_type: 'funder' }] }));
    expect(tool.organizations).toEqual([]);
    expect(tool.notes[0]).toMatch(/not a developer role/);
  });

  test('existing organisations match by normalised name, website, or home page of the same site', () => {
    const orgs = [
      { id: 'mysociety', name: 'mySociety', website: 'https://www.mysociety.org' },
      { id: 'openup', name: 'OpenUp', website: 'https://openup.org.za' },
    ];
    expect(findOrganization({ name: 'MySociety ', website: 'https://example.org' }, orgs)?.id).toBe('mysociety');
    expect(findOrganization({ name: 'Other', website: 'http://mysociety.org/' }, orgs)?.id).toBe('mysociety');
    expect(findOrganization({ name: 'Open Up', website: 'https://openup.org.za/about.html' }, orgs)?.id).toBe('openup');
    expect(findOrganization({ name: 'Someone else', website: 'https://github.com/someone' }, orgs)).toBeUndefined();
  });

  test('a new organisation entry passes its schema', () => {
    const { data, body } = organizationEntry(
      { name: 'Open Knowledge Foundation Germany', website: 'https://okfn.de/', type: 'civil-society', role: 'owner', evidence: 'its name says "Foundation"' },
      [{ name: 'Froide', recordUrl: recordSourceUrl('archive', 'freedom-of-information-portal.json') }],
    );
    const text = renderEntry('organizations', data as any, body);
    const checked = checkEntryFile('organizations', 'content/organizations/open-knowledge-foundation-germany.mdx', new TextEncoder().encode(text), new Date('2026-11-23'));
    // Valid, and refused only as the draft it is until someone reviews it.
    expect(checked.problems.map((p) => p.code)).toEqual(['draft']);
    expect(checked.data).toMatchObject({ type: 'civil-society', lang: 'en', draft: true });
  });
});

describe('use cases', () => {
  test.each([
    ['Pombola is a parliamentary monitoring (PMO) platform', ['parliamentary-monitoring']],
    ['Visualizations of Oakland\'s budget data, and explanations about the budget process.', ['budget-transparency', 'data-visualisation']],
    ['An open source survey tool that collects data from populations via mobile phone.', ['data-collection']],
    ['This is mySociety\'s popular map-based reporting platform', ['mapping', 'citizen-reporting']],
    ['Boston Info is an Alexa skill designed to provide easy access to information about municipal services in Boston.', []],
    ['exchange standardised fiscal events such as budget estimate, bill and payments', ['budget-transparency']],
  ])('%s', (text, expected) => {
    expect(matchUseCases(text, USE_CASES)).toEqual(expected);
  });

  test('only ids that exist in content/use-cases/ are produced', () => {
    expect(matchUseCases('a public procurement portal', new Set(['mapping']))).toEqual([]);
  });
});

describe('entries', () => {
  test('a rendered tool is stable, marked as an unreviewed draft with no status, and passes its schema and the body rules', () => {
    const tool = mapped(record());
    const text = renderEntry('tools', tool.data as any, toolBody(tool, []));
    expect(renderEntry('tools', tool.data as any, toolBody(tool, []))).toBe(text);
    expect(text.split('\n')[1]).toBe(IMPORT_MARKER);
    expect(text).toContain('use_cases: [freedom-of-information]');
    expect(text).not.toMatch(/^status:/m);
    expect(text).toMatch(/^draft: true$/m);
    // The body is not the registry's sentence but a neutral draft for a person to finish.
    expect(text.slice(text.indexOf('\n---\n'))).not.toContain(tool.description);
    const checked = checkEntryFile('tools', 'content/tools/alaveteli.mdx', new TextEncoder().encode(text), new Date('2026-11-23'));
    expect(checked.problems.map((p) => `${p.field}: ${p.message}`)).toEqual(['draft: expected an entry a person has reviewed, found a draft written by an importer']);
  });

  test('an existing tool is found by the record it cites, its website, source or name', () => {
    const tool = mapped(record());
    const url = tool.recordUrl;
    expect(findTool(tool.data, url, [{ id: 'x', sources: [url] }])?.tool.id).toBe('x');
    // A reviewer pinned the record at the full commit hash: still the same record.
    expect(findTool(tool.data, url, [{ id: 'x2', sources: [url.replace(/\/blob\/[0-9a-f]+\//, '/blob/a1d99f08b175143bb562f7377beefb1de41a6186/')] }])?.tool.id).toBe('x2');
    expect(findTool(tool.data, url, [{ id: 'y', website: 'https://www.alaveteli.org/' }])?.tool.id).toBe('y');
    expect(findTool(tool.data, url, [{ id: 'z', source: 'https://github.com/mysociety/alaveteli.git' }])?.tool.id).toBe('z');
    expect(findTool(tool.data, url, [{ id: 'w', name: 'ALAVETELI' }])?.tool.id).toBe('w');
    expect(findTool(tool.data, url, [{ id: 'v', name: 'Other', website: 'https://other.org' }])).toBeUndefined();
  });

  test('ids get a suffix on collision', () => {
    expect(uniqueId('pollit', new Set())).toBe('pollit');
    expect(uniqueId('pollit', new Set(['pollit', 'pollit-2']))).toBe('pollit-3');
  });

  test('the diff shows removed and added lines with context', () => {
    const diff = unifiedDiff('a\nb\nc\nd\ne\nf\ng', 'a\nb\nC\nd\ne\nf\ng', 'old', 'new', 1);
    expect(diff).toBe(['--- old', '+++ new', '@@ -2,3 +2,3 @@', ' b', '-c', '+C', ' d'].join('\n'));
    expect(unifiedDiff('same', 'same', 'old', 'new')).toBe('--- old\n+++ new');
  });
});
