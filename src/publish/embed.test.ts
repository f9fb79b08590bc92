import { describe, expect, test } from 'vitest';
import { componentSnippet, embedPath, EMBED_SANDBOX, iframeSnippet, oembed, oembedPath, scriptSnippet, themeFromQuery } from './embed.ts';
import { OEmbedSchema } from './api-schemas.ts';

const target = { site: 'https://catalogue.example.org/', locale: 'ar' as const, id: 'kit', title: 'Kit "<b>&</b>"', toolCount: 3 };

describe('embed paths and parameters', () => {
  test('embed and oEmbed paths', () => {
    expect(embedPath('fr', 'kit')).toBe('/fr/embed/collections/kit/');
    expect(embedPath('fr', 'kit', 'dark')).toBe('/fr/embed/collections/kit/?theme=dark');
    expect(oembedPath('ar', 'kit')).toBe('/api/oembed/collections/ar/kit.json');
  });

  test.each([
    ['?theme=dark', 'dark'],
    ['?theme=light', 'light'],
    ['?theme=DARK', 'auto'],
    ['?theme=<script>', 'auto'],
    ['', 'auto'],
  ])('themeFromQuery(%j) -> %s', (search, theme) => {
    expect(themeFromQuery(search)).toBe(theme);
  });

  test('the sandbox lets scripts and new tabs run, nothing else', () => {
    expect(EMBED_SANDBOX.split(' ').sort()).toEqual(['allow-popups', 'allow-popups-to-escape-sandbox', 'allow-same-origin', 'allow-scripts']);
  });
});

describe('snippets', () => {
  test('script: one line, the link as fallback, the title escaped', () => {
    const html = scriptSnippet(target);
    expect(html).not.toContain('\n');
    expect(html).toBe(
      '<a class="civic-toolbox-embed" data-collection="kit" data-lang="ar" href="https://catalogue.example.org/ar/collections/kit/">Kit "&lt;b&gt;&amp;&lt;/b&gt;"</a><script async src="https://catalogue.example.org/embed.js"></script>',
    );
  });

  test('iframe: title, lazy, sandboxed, no referrer, attribute values escaped', () => {
    const html = iframeSnippet(target);
    expect(html).toContain('src="https://catalogue.example.org/ar/embed/collections/kit/"');
    expect(html).toContain('title="Kit &quot;&lt;b&gt;&amp;&lt;/b&gt;&quot;"');
    expect(html).toContain(`loading="lazy" sandbox="${EMBED_SANDBOX}" referrerpolicy="no-referrer"`);
  });

  test('web component', () => {
    expect(componentSnippet(target)).toBe('<script defer src="https://catalogue.example.org/civic-collection.js"></script><civic-collection collection="kit" lang="ar"></civic-collection>');
  });

  test('oEmbed: rich, the iframe as html, valid against its schema', () => {
    const answer = oembed(target, 'Civic Toolbox');
    expect(OEmbedSchema.parse(answer)).toEqual(answer);
    expect(answer).toMatchObject({ version: '1.0', type: 'rich', width: 640, provider_url: 'https://catalogue.example.org/' });
    expect(answer.html).toBe(iframeSnippet(target, '640'));
    expect(answer.html).toContain(`height="${answer.height}"`);
  });
});
