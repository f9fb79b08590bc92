import { expect, test } from 'vitest';
import { buildCatalogue } from '../model.ts';
import { makeInput, tool } from '../../../tests/support/sample-catalogue.ts';
import { viewDigest } from '../cache-keys.ts';
import { facetControls } from '../../i18n/facet-labels.ts';
import { laterPages, toolListView } from './tool-list.ts';

/** The sample catalogue and 96 more tools named "Outil 001"... : three pages of 48 by name. */
function catalogue(rename?: [string, string], licence?: [string, string]) {
  const input = makeInput();
  for (let i = 1; i <= 96; i++) {
    const id = `outil-${String(i).padStart(3, '0')}`;
    const name = rename?.[0] === id ? rename[1] : `Outil ${String(i).padStart(3, '0')}`;
    input.tools.push(tool(id, name, licence?.[0] === id ? { license: licence[1] } : {}));
  }
  return buildCatalogue(input);
}

test('a page of the tool list shows its 48 tools by name, the range, and the facets of the whole catalogue', () => {
  const c = catalogue();
  expect(laterPages(c)).toEqual([2, 3]);
  const v = toolListView(c, 'en', 2);
  expect(v).toMatchObject({ number: 2, count: 3, first: 49, last: 96, total: 100 });
  expect(v.cards).toHaveLength(48);
  expect(v.cards.map((card) => card.name)).toEqual([...v.cards.map((card) => card.name)].sort((a, b) => a.localeCompare(b, 'en')));
  expect(v.facets).toEqual(facetControls(c, 'en'));
});

test("a page's key changes with the tools it shows and with the facet counts, not with a name on another page", () => {
  const key = (c: ReturnType<typeof catalogue>, page: number) => viewDigest(toolListView(c, 'fr', page));
  const before = catalogue();
  const onFirstPage = toolListView(before, 'fr', 1).cards.at(-1)!.id;
  const renamed = catalogue([onFirstPage, `${toolListView(before, 'fr', 1).cards.at(-1)!.name} bis`]);
  expect(key(renamed, 1)).not.toBe(key(before, 1));
  expect(key(renamed, 3)).toBe(key(before, 3));
  // Open or proprietary is a facet: its counts are on every page.
  const relicensed = catalogue(undefined, [onFirstPage, 'proprietary']);
  expect(key(relicensed, 3)).not.toBe(key(before, 3));
});
