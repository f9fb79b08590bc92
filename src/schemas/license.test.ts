import { describe, expect, test } from 'vitest';
import { licenseFamily, licenseIds, suggestLicense } from './license.ts';

describe('suggestLicense', () => {
  test.each([
    ['GPL3', 'GPL-3.0-only'],
    ['GPLv3', 'GPL-3.0-only'],
    ['GPL-3.0', 'GPL-3.0-only'],
    ['GPL-3.0+', 'GPL-3.0-or-later'],
    ['AGPL-3.0', 'AGPL-3.0-only'],
    ['LGPL-2.1+', 'LGPL-2.1-or-later'],
    ['GPL-3.0 OR MIT', 'GPL-3.0-only OR MIT'],
    ['Apache 2', 'Apache-2.0'],
    ['apache-2.0', 'Apache-2.0'],
    ['mit', 'MIT'],
  ])('%j -> %s', (value, expected) => {
    expect(suggestLicense(value)).toBe(expected);
  });

  test.each(['MIT', 'AGPL-3.0-only', 'MIT OR Apache-2.0', 'proprietary'])('a valid value %j gets no suggestion', (value) => {
    expect(suggestLicense(value)).toBeUndefined();
  });

  test.each(['', '   ', 'not a licence at all'])('no guess for %j (and no exception)', (value) => {
    expect(suggestLicense(value)).toBeUndefined();
  });
});

describe('licenseFamily / licenseIds', () => {
  test('proprietary is the only non-open family', () => {
    expect(licenseFamily('proprietary')).toBe('proprietary');
    expect(licenseFamily('MIT')).toBe('open');
    expect(licenseFamily('AGPL-3.0-only OR LicenseRef-x')).toBe('open');
  });
  test('licenseIds lists the ids of an expression, none for proprietary', () => {
    expect(licenseIds('MIT OR Apache-2.0')).toEqual(['MIT', 'Apache-2.0']);
    expect(licenseIds('proprietary')).toEqual([]);
  });
});
