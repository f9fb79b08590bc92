import { describe, expect, test } from 'vitest';
import { readdirSync } from 'node:fs';
import { indexPages } from './index-pages.ts';

const page = (title?: string) => ({ default: (() => '') as any, frontmatter: { title, description: title && `${title}, described` } });

describe('editorial pages', () => {
  test('the About page and the organisers guide exist in every language', () => {
    for (const slug of ['about', 'hackathon-follow-up']) expect(readdirSync(`src/editorial/${slug}`).sort()).toEqual(['ar.mdx', 'en.mdx', 'fr.mdx']);
  });

  test('a page missing in one language is refused, naming the file to write', () => {
    expect(() => indexPages({ './about/fr.mdx': page('À propos'), './about/en.mdx': page('About') })).toThrow('src/editorial/about/: no ar.mdx');
  });

  test('a page without a title, or outside <page>/<locale>.mdx, is refused', () => {
    expect(() => indexPages({ './about/fr.mdx': page(undefined) })).toThrow(/needs a title and a description/);
    expect(() => indexPages({ './about/de.mdx': page('Über') })).toThrow(/expected src\/editorial\/<page>\/<fr\|en\|ar>\.mdx/);
  });
});
