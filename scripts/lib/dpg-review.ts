import type { ReviewDecision } from './dpg.ts';

/**
 * Human review of the registry records that cite SDG 16, keyed by `<folder>/<file>`.
 *
 * The keyword rules in dpg.ts propose use cases; a reviewer read each generated entry and
 * recorded here what the rules cannot judge: records left out because the software is not an
 * open-government or civic tool, and use cases chosen by hand. Keeping the decisions in code
 * (not as edits to the generated files) means a re-run of the importer gives the same result.
 * Records not listed keep what the rules found, or are skipped when the rules found nothing.
 */
export const DPG_REVIEW: Readonly<Record<string, ReviewDecision>> = {
  'nominees/geoprism-registry.json': {
    exclude: 'a registry of geographic master data for sectoral information systems, not a tool for publishing maps to the public',
  },
  'archive/driver.json': {
    exclude: 'road-crash data management for transport agencies: a sector tool, not an open-government one',
  },
  'archive/encompass.json': {
    exclude: 'the record does not say what geographic access it visualises or for whom',
  },
  'archive/resource-map.json': {
    exclude: 'tracks the location of an organisation’s own resources: a logistics tool, not a civic one',
  },
  'archive/open-government.json': {
    name: 'OpenGovernment',
    use_cases: ['parliamentary-monitoring'],
    organization_names: { 'Participatory Policies Foundation': 'Participatory Politics Foundation' },
    sources: ['https://github.com/opengovernment/opengovernment'],
    note: 'the README names the software OpenGovernment, started by the Participatory Politics Foundation (the record misspells it), and describes bill versions and documents of state legislatures and vote maps; "open government data" alone would wrongly suggest a data portal',
  },
  'archive/freedom-of-information-portal.json': {
    name: 'Froide',
    description: 'Froide is a Freedom Of Information Portal using Django on Python. It is used by the German and the Austrian FOI site, but it is fully internationalized and written in English.',
    sources: ['https://github.com/okfde/froide'],
    note: 'the record describes the software by its category only; its README names it and says what it is',
  },
  'archive/api.gouv.fr.json': {
    use_cases: ['open-data-portal'],
    note: 'the record: it catalogues the APIs offered by central administrations, local authorities and public offices',
  },
};
