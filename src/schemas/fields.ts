import { z } from 'zod';
import parseSpdx from 'spdx-expression-parse';
import deprecatedSpdx from 'spdx-license-ids/deprecated.json' with { type: 'json' };
import countries from 'i18n-iso-countries';
import { SLUG_PATTERN, SUPPORTED_LOCALES } from './vocab.ts';

export { SLUG_PATTERN };

export const slug = z
  .string()
  .regex(SLUG_PATTERN, 'an id in lowercase kebab-case ASCII, such as "open-data-portal"');

/**
 * The id of an entry of another kind (a folder of content/). The kind is kept as schema metadata
 * (`x-references` in the JSON Schemas), so the contribution form offers a picker of those entries
 * for every such field without a list of its own.
 */
export const ref = (kind: 'tools' | 'use-cases' | 'organizations' | 'collections' | 'criteria' | 'events' | 'projects') => slug.meta({ 'x-references': kind });

/** True for an absolute http(s) URL with a dotted host; the scheme must be written in lowercase. */
export function isHttpUrl(value: string): boolean {
  if (!/^https?:\/\/\S+$/.test(value)) return false;
  try {
    return new URL(value).hostname.includes('.');
  } catch {
    return false;
  }
}

/**
 * A host nobody else can reach (this machine, a private network, a link-local or internal name):
 * a public catalogue must never point there, and a tool that follows links (the freshness check,
 * a reuser's crawler) must never be sent there.
 */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || /\.(localhost|local|internal|lan|home\.arpa)$/.test(host)) return true;
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return a === 0 || a === 10 || a === 127 || (a === 169 && b === 254) || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 100 && b >= 64 && b <= 127);
  }
  // IPv6 literals ("[::1]") have no dotted host name: isHttpUrl refuses them all.
  return false;
}

/** http(s) only: `javascript:`, `data:`, `HTTPS:`, relative URLs, private hosts and credentials are refused. */
export const httpUrl = z
  .string()
  // abort: one problem per value, the first that applies.
  .refine(isHttpUrl, { message: 'an absolute URL starting with http:// or https:// (lowercase), with a host name', abort: true })
  .superRefine((value, ctx) => {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return;
    }
    if (url.username || url.password) {
      ctx.addIssue({ code: 'custom', input: value, message: `an address without a user name or password before its host (the real host here is "${url.hostname}", whatever comes before the @)` });
    } else if (isPrivateHost(url.hostname)) {
      ctx.addIssue({ code: 'custom', input: value, message: `a public address, found the local or private host "${url.hostname}"` });
    }
  })
  .meta({ format: 'uri', pattern: '^https?://\\S+$' });

/** A calendar date written YYYY-MM-DD (kept as text so it serialises the same everywhere). */
export const isoDate = z.iso.date({ message: 'a date written YYYY-MM-DD, such as 2026-11-23' });

/** The language an entry is written in: any language the site supports, offered by this instance or not. */
export const locale = z.enum(SUPPORTED_LOCALES, { message: `one of ${SUPPORTED_LOCALES.join(', ')}` });

/** A BCP 47 language tag, canonicalised by the platform's own Intl implementation. */
export const languageTag = z.string().refine(
  (value) => {
    try {
      return Intl.getCanonicalLocales(value)[0] === value;
    } catch {
      return false;
    }
  },
  { message: 'a BCP 47 language tag in canonical form, such as "fr", "ar" or "pt-BR"' },
).meta({ 'x-suggest': 'language' });

const deprecated = new Set<string>(deprecatedSpdx as string[]);

/** Every licence id named in an SPDX expression (with its `+` stripped). */
export function spdxIds(expression: string): string[] {
  const ids: string[] = [];
  const walk = (node: any): void => {
    if (node.license) ids.push(node.license);
    if (node.left) walk(node.left);
    if (node.right) walk(node.right);
  };
  walk(parseSpdx(expression));
  return ids;
}

/** True for a valid SPDX expression of current (non-deprecated) ids, or `proprietary`. */
export function isLicense(value: string): boolean {
  if (value === 'proprietary') return true;
  try {
    return spdxIds(value).every((id) => !deprecated.has(id));
  } catch {
    return false;
  }
}

export const license = z.string().refine(isLicense, {
  message: 'an SPDX licence expression of current ids (such as "AGPL-3.0-only" or "MIT OR Apache-2.0"), or "proprietary"',
}).meta({ 'x-suggest': 'license' });

/** ISO 3166-1 alpha-2, upper case. */
export const countryCode = z.string().refine((value) => /^[A-Z]{2}$/.test(value) && countries.isValid(value), {
  message: 'an ISO 3166-1 alpha-2 country code in capitals, such as "FR", "MA" or "TN"',
}).meta({ 'x-suggest': 'country' });

/** One sentence for cards and search results. */
export const summary = z
  .string()
  .trim()
  .min(10, 'a sentence of at least 10 characters')
  .max(160, 'one sentence of at most 160 characters');

export const name = z
  .string()
  .trim()
  .min(1, { message: 'a non-empty name', abort: true })
  .max(80, 'a name of at most 80 characters')
  .refine((value) => /[\p{L}\p{N}]/u.test(value), 'a name with at least one letter or digit (found only invisible characters, spaces or punctuation)');

/**
 * Set by an importer on the entries it writes: a draft nobody has checked yet. The validator
 * refuses to publish it until a reviewer has checked every fact and removed the line.
 */
export const draftMark = z.literal(true).optional();

/** URLs of the documents that back the entry's facts. */
export const sources = z.array(httpUrl).min(1, 'at least one source URL backing the facts of this entry');

/** A year, a month or a day, as precise as the source is: "2021", "2021-05" or "2021-05-17". */
export const partialDate = z.string().refine((value) => isPartialDate(value), {
  message: 'a date written YYYY-MM-DD, YYYY-MM or YYYY (in quotes when it is only a year), such as "2021-05"',
});

export function isPartialDate(value: string): boolean {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!m) return false;
  const [, y, mo, d] = m;
  if (mo && (Number(mo) < 1 || Number(mo) > 12)) return false;
  if (d) {
    const date = new Date(`${y}-${mo}-${d}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }
  return true;
}

/** The first day a partial date can mean: "2021" -> "2021-01-01", "2021-05" -> "2021-05-01". */
export function periodStart(value: string): string {
  return value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
}

/** The last day a partial date can mean: "2021" -> "2021-12-31", "2024-02" -> "2024-02-29". */
export function periodEnd(value: string): string {
  if (value.length === 4) return `${value}-12-31`;
  if (value.length === 7) {
    const [y, m] = value.split('-').map(Number);
    return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  }
  return value;
}

/** Whether `later` can come after `earlier`: a period that overlaps or follows it ("2024-03" after "2024-03-10" does). */
export function notBefore(later: string, earlier: string): boolean {
  return periodEnd(later) >= periodStart(earlier);
}
