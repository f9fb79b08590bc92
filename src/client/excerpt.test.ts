import { describe, expect, test } from 'vitest';
import { excerptParts } from './excerpt.ts';

describe('excerptParts', () => {
  test('splits text and <mark> parts, in order', () => {
    expect(excerptParts('Un outil de <mark>budget</mark> participatif et de <mark>consultation</mark>.')).toEqual([
      { text: 'Un outil de ', marked: false },
      { text: 'budget', marked: true },
      { text: ' participatif et de ', marked: false },
      { text: 'consultation', marked: true },
      { text: '.', marked: false },
    ]);
  });

  test('plain text and empty input', () => {
    expect(excerptParts('Rien à surligner')).toEqual([{ text: 'Rien à surligner', marked: false }]);
    expect(excerptParts('')).toEqual([]);
    expect(excerptParts('<mark>tout</mark>')).toEqual([{ text: 'tout', marked: true }]);
  });

  test('decodes entities once, into text', () => {
    expect(excerptParts('Tom &amp; Jerry &lt;3 &quot;x&quot; &#39;y&#39; &amp;lt;')).toEqual([{ text: 'Tom & Jerry <3 "x" \'y\' &lt;', marked: false }]);
    expect(excerptParts('a&nbsp;b &unknown;')).toEqual([{ text: 'a\u00a0b &unknown;', marked: false }]);
  });

  test('a raw <img onerror> tag is dropped, never kept as markup', () => {
    const parts = excerptParts('avant <img src=x onerror="alert(1)"> <mark>budget<script>alert(2)</script></mark> après');
    expect(parts).toEqual([
      { text: 'avant  ', marked: false },
      { text: 'budgetalert(2)', marked: true },
      { text: ' après', marked: false },
    ]);
    for (const part of parts) expect(part.text).not.toMatch(/<|onerror/);
  });

  test('an escaped tag only ever becomes text, to be set as textContent', () => {
    expect(excerptParts('&lt;img src=x onerror=alert(1)&gt; <mark>x</mark>')).toEqual([
      { text: '<img src=x onerror=alert(1)> ', marked: false },
      { text: 'x', marked: true },
    ]);
  });

  test('only exactly <mark> marks; a <mark> with attributes is dropped as a tag', () => {
    expect(excerptParts('<mark class="x" onmouseover="y">a</mark>')).toEqual([{ text: 'a', marked: false }]);
  });
});
