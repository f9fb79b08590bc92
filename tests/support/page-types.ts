/**
 * One page of each type; search with a query so results are audited too, and with a filter (its
 * value is in the page's language: {toolKind}) so the filter form, shown for it, is audited too.
 */
export const PAGE_TYPES = [
  '',
  'tools/',
  'tools/page/2/',
  'tools/?use_case=participatory-budgeting',
  'tools/decidim/',
  'use-cases/',
  'use-cases/participatory-budgeting/',
  'organizations/',
  'organizations/etalab/',
  'collections/',
  'collections/participation-citoyenne/',
  'criteria/',
  'search/?q=budget',
  'search/?q=budget&kind={toolKind}',
  'translations/',
  'compare/?tools=decidim,consul-democracy',
  'embed/collections/participation-citoyenne/',
  'about/',
  'guides/hackathon-follow-up/',
  'events/',
  'events/?country=TN',
  'events/opengovdatahack-2020/',
  'projects/corona-school-lern-fair/',
  'outcomes/',
  'embed/events/wirvsvirus-2020/',
  'contribute/',
  'contribute/?edit=tools/decidim',
];
