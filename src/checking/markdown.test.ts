import { describe, expect, test } from 'vitest';
import { BODY_LIMITS, checkBody, isSafeBodyUrl, processBody, renderBody } from './markdown.ts';

describe('isSafeBodyUrl', () => {
  test.each([
    ['https://decidim.org', 'https'],
    ['http://decidim.org', 'http'],
    ['mailto:contact@decidim.org', 'mailto'],
    ['../organizations/etalab/', 'relative path'],
    ['/fr/tools/decidim/', 'root-relative path'],
    ['#usage', 'fragment'],
    ['page?a=b:c', 'colon after a query, not a scheme'],
  ])('accepts %j (%s)', (url) => {
    expect(isSafeBodyUrl(url)).toBe(true);
  });

  test.each([
    ['javascript:alert(1)', '`javascript:` URL'],
    ['JAVASCRIPT:alert(1)', 'upper-case scheme'],
    ['java\tscript:alert(1)', 'tab inside the scheme, ignored by browsers'],
    ['java\nscript:alert(1)', 'newline inside the scheme'],
    [' javascript:alert(1)', 'leading space'],
    ['\u0000javascript:alert(1)', 'leading NUL'],
    ['data:text/html,<script>alert(1)</script>', '`data:` URL'],
    ['vbscript:msgbox(1)', '`vbscript:` URL'],
    ['file:///etc/passwd', '`file:` URL'],
    ['HTTPS://decidim.org', '`HTTPS://` mixed-case scheme'],
    ['Mailto:a@b.org', 'mixed-case mailto'],
    ['//evil.example', 'protocol-relative URL to another host'],
    ['\\\\evil.example', 'backslash-relative URL'],
  ])('refuses %j (%s)', (url) => {
    expect(isSafeBodyUrl(url)).toBe(false);
  });
});

describe('checkBody', () => {
  test('plain Markdown, GFM and the Aside component pass', () => {
    const body = '## Titre\n\n**Gras**, *italique*, `code`, [lien](https://x.org), ~~barré~~.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<Aside>Une note.</Aside>\n';
    expect(checkBody(body).problems).toEqual([]);
  });

  test.each([
    ['an import', 'import X from "y"\n', { line: 1, column: 1, message: 'expected Markdown text, found an import statement' }],
    ['an export', 'Text\n\nexport const a = 1\n', { line: 3, column: 1, message: 'expected Markdown text, found an export statement' }],
    ['a flow expression', '{1 + 1}\n', { line: 1, column: 1, message: 'expected Markdown text, found the expression {1 + 1}' }],
    ['a text expression', 'Some {x} text\n', { line: 1, column: 6, message: 'expected Markdown text, found the expression {x}' }],
    ['a long expression, cut at 40 characters', `{${'a'.repeat(50)}}\n`, { line: 1, column: 1, message: `expected Markdown text, found the expression {${'a'.repeat(40)}}` }],
    ['an HTML tag', 'Text <b>bold</b>\n', { line: 1, column: 6, message: 'expected Markdown, found the HTML tag <b>' }],
    ['a <script> element', '<script>alert(1)</script>\n', { line: 1, column: 1, message: 'expected Markdown, found the HTML tag <script>' }],
    ['an unknown component', '<Chart />\n', { line: 1, column: 1, message: 'expected Markdown, found the component tag <Chart>' }],
    ['a fragment', '<>x</>\n', { line: 1, column: 1, message: 'expected Markdown, found the component tag <(fragment)>' }],
    ['an Aside with attributes', '<Aside onClick={x}>note</Aside>\n', { line: 1, column: 1, message: 'expected <Aside> without attributes, found 1' }],
    ['a javascript: link', 'A [link](javascript:alert(1))\n', { line: 1, column: 3, message: 'expected a link to an http, https, mailto or relative URL, found "javascript:alert(1)"' }],
    ['an entity-encoded tab in the scheme', '[x](jav&#x09;ascript:alert(1))\n', { line: 1, column: 1, message: 'expected a link to an http, https, mailto or relative URL, found "jav\tascript:alert(1)"' }],
    ['a data: image', '![pixel](data:image/png;base64,AAAA)\n', { line: 1, column: 1, message: 'expected an image file next to the entry (such as ./diagram.png), found "data:image/png;base64,AAAA"' }],
    ['a vbscript: definition', 'See [r].\n\n[r]: vbscript:x\n', { line: 3, column: 1, message: 'expected a link to an http, https, mailto or relative URL, found "vbscript:x"' }],
    ['a protocol-relative link', '[x](//evil.example/a)\n', { line: 1, column: 1, message: 'expected a link to an http, https, mailto or relative URL, found "//evil.example/a"' }],
  ])('refuses %s', (_what, body, problem) => {
    const { problems } = checkBody(body);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject(problem);
    expect(problems[0].suggestion).toBeTruthy();
  });

  test('unparseable MDX becomes one located problem, without a tree', () => {
    const result = checkBody('Line one\n\nA <!-- comment --> here\n');
    expect(result.tree).toBeUndefined();
    expect(result.problems).toEqual([
      {
        line: 3,
        column: 4,
        message: expect.stringMatching(/^could not parse the text: Unexpected character `!`/),
        suggestion: 'MDX reads "<" and "{" as code: write them as \\< and \\{, or rephrase; HTML comments are not allowed',
      },
    ]);
  });

  test('escaped braces and angle brackets are text', () => {
    expect(checkBody('Use \\{ and \\< freely, and a < b.\n').problems).toEqual([]);
  });

  test('every problem is reported, in document order', () => {
    const { problems } = checkBody('import a from "b"\n\n{x}\n\n<script>y</script>\n\n[z](javascript:z)\n');
    expect(problems.map((p) => p.line)).toEqual([1, 3, 5, 7]);
  });
});

describe('renderBody / processBody', () => {
  const HOSTILE = [
    'import evil from "evil"',
    'export const e = 1',
    '',
    'Hi {alert(1)} <script>alert(1)</script> <img src="x" onerror="alert(1)" />',
    '',
    '<a href="javascript:alert(1)" onclick="alert(1)">a</a> [b](javascript:alert(1)) [c](JAVASCRIPT:alert(1)) [d](java&#x09;script:alert(1))',
    '',
    '<Aside onmouseover="alert(1)">note</Aside>',
    '',
    '![i](javascript:alert(1)) <iframe src="https://evil.example" /> <style>{"body{}"}</style>',
    '',
    '<div id="main" style="color:red">clobber</div>',
  ].join('\n');

  test('even if its problems are ignored, a hostile body renders to inert HTML', () => {
    const { tree, problems } = checkBody(HOSTILE);
    expect(problems.length).toBeGreaterThan(5);
    const html = renderBody(tree!);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<iframe|<style|<div|\ssrc=/i);
    expect(html).not.toMatch(/\son\w+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
    expect(html).not.toMatch(/\sid=|\sstyle=/i);
    expect(html).not.toContain('alert(1)');
    expect(html).toContain('<aside>note</aside>');
    expect(html).toBe('<p>Hi   </p>\n<p> <a>b</a> <a>c</a> <a>d</a></p>\n<p><aside>note</aside></p>\n<p><img alt="i">  </p>\n<p></p>');
  });

  test('footnote links point at ids that exist, prefixed once, with labels in the language of the body', () => {
    const { html } = processBody('Une note[^a] et une autre[^2].\n\n[^a]: Première.\n[^2]: Seconde.\n', { lang: 'fr' });
    const ids = [...html!.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    const targets = [...html!.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(targets).toHaveLength(4);
    for (const target of targets) expect(ids).toContain(target);
    expect(ids.every((id) => !id.includes('user-content-user-content'))).toBe(true);
    expect(html).toContain('>Notes</h2>');
    expect(html).toContain('aria-label="Revenir à l’appel de note 2"');
    expect(processBody('x[^1]\n\n[^1]: y\n', { lang: 'ar' }).html).toContain('>الحواشي</h2>');
  });

  test('renders Markdown and GFM to sanitised HTML', () => {
    expect(processBody('## Titre\n\nUn [lien](https://x.org "t") et ~~barré~~.\n\n<Aside>Note **forte**.</Aside>\n')).toEqual({
      html: '<h2>Titre</h2>\n<p>Un <a href="https://x.org" title="t">lien</a> et <del>barré</del>.</p>\n<p><aside>Note <strong>forte</strong>.</aside></p>',
      problems: [],
    });
  });

  test('html is empty when the body has problems', () => {
    const result = processBody('Text {x}\n');
    expect(result.html).toBe('');
    expect(result.problems).toHaveLength(1);
  });

  test('an empty body renders to nothing', () => {
    expect(processBody('')).toEqual({ html: '', problems: [] });
  });

  test('render: false checks the same and renders nothing', () => {
    for (const body of ['## Titre\n\n[x](javascript:alert(1)) <b>gras</b>\n', 'Text {x}\n', 'Simple **text**.\n']) {
      const checked = processBody(body, { render: false });
      expect(checked).not.toHaveProperty('html');
      expect(checked.problems).toEqual(processBody(body).problems);
    }
  });
});

describe('the shape of a body is bounded before it is parsed', () => {
  test('more lines than a description needs', () => {
    const body = 'A line.\n'.repeat(BODY_LIMITS.lines + 5);
    expect(checkBody(body).problems).toEqual([{ line: BODY_LIMITS.lines + 1, column: 1, message: `expected a description of at most ${BODY_LIMITS.lines} lines, found ${BODY_LIMITS.lines + 6}`, suggestion: 'shorten it; link to longer documents instead' }]);
  });

  test.each([
    ['quotes written together', '>'.repeat(20_000) + ' deep', 20_000],
    ['quotes with spaces', '> '.repeat(11) + 'deep', 11],
    ['lists in quotes', '> - > - > - > - > - > 1. deep', 12],
  ])('%s, nested too deep, are refused at their line without parsing', (_name, line, depth) => {
    expect(checkBody(`Intro.\n\n${line}\n`).problems).toEqual([expect.objectContaining({ line: 3, column: 1, message: `expected quotes and lists nested at most ${BODY_LIMITS.nesting} deep, found ${depth}` })]);
  });

  test('ten levels are fine, and so are dashes and numbers that start no list', () => {
    expect(checkBody('> '.repeat(10) + 'ten\n\n-5 degrees, 3.14 and a-b\n').problems).toEqual([]);
  });
});
