import { describe, expect, test } from 'vitest';
import { filledChecklist, handoff, MAX_URL_LENGTH } from './forge.ts';

const target = { repository: 'https://github.com/civic-toolbox/civic-toolbox', branch: 'main' };

describe('handing the file to the forge', () => {
  test('a new file: GitHub\'s "new file" page with path, content, commit message and description', () => {
    const h = handoff(target, { path: 'content/tools/outil.mdx', text: '---\nname: Outil & co\n---\n', isNew: true, message: 'Add tools/outil', description: '- [x] ok' });
    const url = new URL(h.prefilled!);
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/civic-toolbox/civic-toolbox/new/main');
    expect(url.searchParams.get('filename')).toBe('content/tools/outil.mdx');
    expect(url.searchParams.get('value')).toBe('---\nname: Outil & co\n---\n');
    expect(url.searchParams.get('message')).toBe('Add tools/outil');
    expect(url.searchParams.get('description')).toBe('- [x] ok');
  });

  test('too long for an address: the empty "new file" page, to paste into', () => {
    const h = handoff(target, { path: 'content/tools/outil.mdx', text: 'x'.repeat(MAX_URL_LENGTH), isNew: true, message: 'm', description: 'd' });
    expect(h.prefilled).toBeUndefined();
    expect(h.manual).toBe('https://github.com/civic-toolbox/civic-toolbox/new/main?filename=content%2Ftools%2Foutil.mdx');
  });

  test('a correction: the edit page of the file (GitHub takes no content there)', () => {
    const h = handoff(target, { path: 'content/tools/decidim.mdx', text: 'x', isNew: false, message: 'm', description: 'd' });
    expect(h).toEqual({ forge: 'github', manual: 'https://github.com/civic-toolbox/civic-toolbox/edit/main/content/tools/decidim.mdx' });
  });

  test('another forge: copy and download, and the repository\'s address', () => {
    expect(handoff({ repository: 'https://gitlab.com/city/catalogue', branch: 'main' }, { path: 'content/tools/a.mdx', text: 'x', isNew: true, message: 'm', description: 'd' })).toEqual({ forge: 'other', manual: 'https://gitlab.com/city/catalogue' });
  });
});

test('the pull-request template, with the boxes ticked that are true', () => {
  const template = '<!-- Merci -->\n## Checklist\n\n- [ ] sources\n- [ ] reviewed\n- [ ] validate\n';
  expect(filledChecklist(template, new Set([0, 2]))).toBe('## Checklist\n\n- [x] sources\n- [ ] reviewed\n- [x] validate');
});
