import { describe, expect, test } from 'vitest';
import { toolIdFromUrl } from './tool-card-dom.ts';

describe('toolIdFromUrl', () => {
  test('the last path segment of a tool page', () => {
    expect(toolIdFromUrl('/fr/tools/decidim/')).toBe('decidim');
    expect(toolIdFromUrl('/ar/tools/open-fisca')).toBe('open-fisca');
  });
});
