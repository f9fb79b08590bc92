import type { Catalogue } from '../catalogue/model.ts';
import { entriesOf } from '../catalogue/model.ts';
import { KINDS, type Kind } from '../schemas/index.ts';
import type { ContributeIndex, IndexRow } from './check.ts';

/** /api/contribute.json: what the contribution form checks references and duplicates against, and offers in its pickers. */
export function contributeIndex(c: Catalogue): ContributeIndex {
  const entries = {} as Record<Kind, IndexRow[]>;
  for (const kind of KINDS) {
    if (kind === 'criteria') continue;
    entries[kind] = entriesOf(c, kind).map((e) => {
      const d = e.data as { name: string; website?: string; source?: string; parent?: string };
      return { id: e.id, name: d.name, ...(d.website && { website: d.website }), ...(d.source && { source: d.source }), ...(d.parent && { parent: d.parent }) };
    });
  }
  entries.criteria = c.criteria.map((e) => ({ id: e.id, name: e.data.name }));
  return { entries, criteria: c.criteria.map((e) => ({ id: e.id, data: e.data })), translations: c.translations.map((t) => `${t.lang}/${t.kind}/${t.original}`) };
}
