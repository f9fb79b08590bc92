import { describe, expect, test } from 'vitest';
import { countryCode, httpUrl, isHttpUrl, isLicense, isoDate, isPartialDate, languageTag, name, notBefore, periodEnd, periodStart, slug, SLUG_PATTERN, sources, spdxIds, summary } from './fields.ts';

const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues[0]?.message;

describe('isHttpUrl / httpUrl', () => {
  test.each([
    ['https://decidim.org', 'plain https'],
    ['http://decidim.org', 'plain http'],
    ['https://decidim.org:8080/path?q=1#frag', 'port, path, query and fragment'],
    ['https://github.com/decidim/decidim', 'repository URL'],
  ])('accepts %s (%s)', (url) => {
    expect(isHttpUrl(url)).toBe(true);
    expect(httpUrl.safeParse(url).success).toBe(true);
  });

  test.each([
    ['javascript:alert(1)', '`javascript:` URL'],
    ['data:text/html,<script>alert(1)</script>', '`data:` URL'],
    ['HTTPS://decidim.org', '`HTTPS://` mixed-case scheme'],
    ['Http://decidim.org', '`Http://` mixed-case scheme'],
    ['ftp://decidim.org', 'scheme other than http(s)'],
    ['//decidim.org', 'protocol-relative URL'],
    ['/tools/decidim', 'relative path'],
    ['decidim.org', 'no scheme'],
    ['https://localhost', 'host without a dot'],
    ['https://', 'no host at all'],
    ['https://exa mple.org', 'space inside the URL'],
    [' https://decidim.org', 'leading space'],
    ['https://decidim.org\n', 'trailing newline'],
    ['', 'empty string'],
  ])('refuses %j (%s)', (url) => {
    expect(isHttpUrl(url)).toBe(false);
    expect(messageOf(httpUrl.safeParse(url))).toBe('an absolute URL starting with http:// or https:// (lowercase), with a host name');
  });
});

describe('spdxIds / isLicense', () => {
  test('spdxIds lists every id of an expression, with `+` stripped', () => {
    expect(spdxIds('MIT')).toEqual(['MIT']);
    expect(spdxIds('MIT OR (Apache-2.0 AND GPL-2.0+)')).toEqual(['MIT', 'Apache-2.0', 'GPL-2.0']);
    expect(spdxIds('GPL-2.0-or-later WITH Classpath-exception-2.0')).toEqual(['GPL-2.0-or-later']);
  });

  test('spdxIds throws on what is not an SPDX expression', () => {
    expect(() => spdxIds('GPL3')).toThrow();
    expect(() => spdxIds('MIT AND')).toThrow();
  });

  test.each([
    ['AGPL-3.0-only', 'current GNU id'],
    ['AGPL-3.0-or-later', 'current "or later" id'],
    ['MIT OR Apache-2.0', 'disjunction'],
    ['(MIT OR Apache-2.0) AND BSD-3-Clause', 'parenthesised expression'],
    ['GPL-2.0-or-later WITH Classpath-exception-2.0', 'exception'],
    ['LicenseRef-custom', 'LicenseRef'],
    ['proprietary', 'the one non-SPDX keyword'],
  ])('accepts %s (%s)', (value) => {
    expect(isLicense(value)).toBe(true);
  });

  test.each([
    ['GPL-3.0', 'deprecated SPDX id `GPL-3.0`'],
    ['GPL-2.0+', 'deprecated id written with +'],
    ['GPL-3.0 OR MIT', 'deprecated id inside an expression'],
    ['GPL3', 'non-SPDX `GPL3`'],
    ['mit', 'ids are case-sensitive'],
    ['Proprietary', '`proprietary` is lowercase only'],
    ['MIT AND', 'incomplete expression'],
    ['', 'empty string'],
  ])('refuses %j (%s)', (value) => {
    expect(isLicense(value)).toBe(false);
  });
});

describe('languageTag', () => {
  test.each(['fr', 'ar', 'en', 'pt-BR', 'zh-Hant-TW'])('accepts canonical tag %s', (tag) => {
    expect(languageTag.safeParse(tag).success).toBe(true);
  });
  test.each([
    ['FR', 'non-canonical language tag `FR`'],
    ['pt-br', 'region in lower case'],
    ['en_US', 'underscore instead of hyphen'],
    ['x', 'not a language'],
    ['', 'empty string'],
  ])('refuses %j (%s)', (tag) => {
    expect(messageOf(languageTag.safeParse(tag))).toBe('a BCP 47 language tag in canonical form, such as "fr", "ar" or "pt-BR"');
  });
});

describe('countryCode', () => {
  test.each(['FR', 'MA', 'TN', 'BR'])('accepts %s', (code) => {
    expect(countryCode.safeParse(code).success).toBe(true);
  });
  test.each([
    ['fr', 'lowercase country `fr`'],
    ['Fr', 'mixed case'],
    ['XX', 'not an assigned code'],
    ['FRA', 'alpha-3 code'],
    ['', 'empty string'],
  ])('refuses %j (%s)', (code) => {
    expect(messageOf(countryCode.safeParse(code))).toBe('an ISO 3166-1 alpha-2 country code in capitals, such as "FR", "MA" or "TN"');
  });
});

describe('slug', () => {
  test.each(['decidim', 'open-data-portal', 'x1', '2030-agenda'])('accepts %s', (value) => {
    expect(SLUG_PATTERN.test(value)).toBe(true);
    expect(slug.safeParse(value).success).toBe(true);
  });
  test.each([
    ['Decidim', 'capital letter'],
    ['open_data', 'underscore'],
    ['-decidim', 'leading hyphen'],
    ['decidim-', 'trailing hyphen'],
    ['open--data', 'double hyphen'],
    ['décidim', 'non-ASCII letter'],
    ['', 'empty string'],
  ])('refuses %j (%s)', (value) => {
    expect(messageOf(slug.safeParse(value))).toBe('an id in lowercase kebab-case ASCII, such as "open-data-portal"');
  });
});

describe('isoDate', () => {
  test('accepts a real YYYY-MM-DD date', () => {
    expect(isoDate.safeParse('2026-02-28').success).toBe(true);
  });
  test.each([
    ['2026-13-01', 'bad date `2026-13-01` (month 13)'],
    ['2026-02-30', 'February 30'],
    ['2026-1-5', 'missing zero padding'],
    ['23/11/2026', 'day-first format'],
    ['2026-11-23T10:00:00Z', 'a date-time'],
  ])('refuses %j (%s)', (value) => {
    expect(messageOf(isoDate.safeParse(value))).toBe('a date written YYYY-MM-DD, such as 2026-11-23');
  });
});

describe('summary, name, sources', () => {
  test('summary is trimmed before its length is checked', () => {
    expect(summary.parse(`  ${'x'.repeat(160)}  `)).toBe('x'.repeat(160));
    expect(messageOf(summary.safeParse(`   ${'x'.repeat(9)}   `))).toBe('a sentence of at least 10 characters');
  });
  test('summary is at most 160 characters', () => {
    expect(messageOf(summary.safeParse('x'.repeat(161)))).toBe('one sentence of at most 160 characters');
  });
  test('name is 1 to 80 characters once trimmed', () => {
    expect(messageOf(name.safeParse('   '))).toBe('a non-empty name');
    expect(messageOf(name.safeParse('x'.repeat(81)))).toBe('a name of at most 80 characters');
    expect(name.parse(' Decidim ')).toBe('Decidim');
  });
  test('sources needs at least one http(s) URL', () => {
    expect(messageOf(sources.safeParse([]))).toBe('at least one source URL backing the facts of this entry');
    expect(sources.safeParse(['https://decidim.org', 'javascript:x']).error?.issues[0].path).toEqual([1]);
  });
});

describe('partial dates', () => {
  test.each(['2021', '2021-05', '2021-05-17', '2024-02-29'])('%s is a partial date', (d) => expect(isPartialDate(d)).toBe(true));
  test.each(['21', '2021-5', '2021-13', '2023-02-29', '2021/05', '2021-05-17T00:00'])('%s is not', (d) => expect(isPartialDate(d)).toBe(false));

  test('a period starts and ends where its precision says', () => {
    expect([periodStart('2021'), periodEnd('2021')]).toEqual(['2021-01-01', '2021-12-31']);
    expect([periodStart('2024-02'), periodEnd('2024-02')]).toEqual(['2024-02-01', '2024-02-29']);
    expect([periodStart('2024-02-10'), periodEnd('2024-02-10')]).toEqual(['2024-02-10', '2024-02-10']);
  });

  test('a less precise date may follow a precise one inside it, not one after it', () => {
    expect(notBefore('2024-03', '2024-03-10')).toBe(true);
    expect(notBefore('2024-03-10', '2024-03')).toBe(true);
    expect(notBefore('2024-02', '2024-03-10')).toBe(false);
    expect(notBefore('2024', '2025-01')).toBe(false);
  });
});

describe('addresses a public catalogue may point to', () => {
  test.each([
    ['http://localhost:8080/x', 'with a host name'],
    ['https://127.0.0.1/', 'local or private host "127.0.0.1"'],
    ['https://10.1.2.3/admin', 'local or private host'],
    ['https://192.168.1.10/', 'local or private host'],
    ['https://172.20.0.5/', 'local or private host'],
    ['https://169.254.169.254/latest/meta-data/', 'local or private host'],
    ['https://[::1]/', 'with a host name'],
    ['https://printer.local/', 'local or private host'],
    ['https://a.org@evil.example/', 'the real host here is "evil.example"'],
    ['https://user:secret@example.org/', 'without a user name or password'],
  ])('%s is refused', (url, message) => {
    expect(messageOf(httpUrl.safeParse(url))).toContain(message);
  });

  test.each(['https://decidim.org', 'https://172.32.0.1/', 'https://data.gov.ma/fr', 'http://www.ogptunisie.gov.tn/en/?p=2092'])('%s is accepted', (url) => {
    expect(httpUrl.safeParse(url).success).toBe(true);
  });
});
