/** The data's one path, from files to what pages read: slow only because it checks a copy of the test corpus. */
import { afterEach, describe, expect, test } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent } from '../checking/pipeline.ts';
import { catalogueFromContent } from './from-content.ts';
import { clearPublished, publishCatalogue } from './store.ts';
import { getCatalogue } from './query.ts';

const NOW = new Date('2026-11-30T12:00:00Z');

function corpus(): string {
  const root = mkdtempSync(join(tmpdir(), 'civic-model-'));
  cpSync('tests/corpus/base/content', join(root, 'content'), { recursive: true });
  return root;
}

afterEach(clearPublished);

describe('catalogueFromContent', () => {
  test('every checked entry, with its rendered body and derived links', () => {
    const c = catalogueFromContent(loadContent(corpus(), NOW));
    expect(c.tools.map((t) => t.id)).toEqual(['agora', 'budgetbox']);
    expect(c.tool.get('agora')!.html).toContain('<p>');
    expect(c.tool.get('agora')!.file).toBe('content/tools/agora.mdx');
    expect(c.collectionsByTool.get('budgetbox')!.map((col) => col.id)).toEqual(['participation-starter-kit']);
  });

  test('an entry whose front matter fails its schema is left out; the rest stays browsable', () => {
    const root = corpus();
    writeFileSync(join(root, 'content/tools/broken.mdx'), '---\nname: Broken\n---\n\nText.\n');
    const loaded = loadContent(root, NOW);
    expect(loaded.problems.some((p) => p.file === 'content/tools/broken.mdx')).toBe(true);
    expect(catalogueFromContent(loaded).tools.map((t) => t.id)).toEqual(['agora', 'budgetbox']);
  });

  test('a translation gives its text to the entry it translates', () => {
    const root = corpus();
    const c0 = catalogueFromContent(loadContent(root, NOW));
    expect(c0.tool.get('agora')!.text.ar.translated).toBe(false);
    mkdirSync(join(root, 'content/translations/ar/tools'), { recursive: true });
    writeFileSync(join(root, 'content/translations/ar/tools/agora.mdx'), '---\nsummary: "منصة صغيرة حرة للمشاورات والميزانيات التشاركية في البلديات."\noriginal_digest: "000000000000"\n---\n\nنص.\n');
    const c = catalogueFromContent(loadContent(root, NOW));
    expect(c.tool.get('agora')!.text.ar).toMatchObject({ translated: true, stale: true, lang: 'ar', summary: 'منصة صغيرة حرة للمشاورات والميزانيات التشاركية في البلديات.' });
  });

  test('content checked without rendering cannot make pages', () => {
    expect(() => catalogueFromContent(loadContent(corpus(), NOW, { render: false }))).toThrow(/checked without rendering/);
  });
});

describe('getCatalogue', () => {
  test('says how pages get their data when nothing was published', () => {
    expect(() => getCatalogue()).toThrow(/content integration/);
  });

  test('returns what the content integration published', () => {
    const c = catalogueFromContent(loadContent(corpus(), NOW));
    publishCatalogue(c);
    expect(getCatalogue()).toBe(c);
  });
});
