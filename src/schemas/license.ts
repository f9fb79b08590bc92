import correct from 'spdx-correct';
import deprecatedIds from 'spdx-license-ids/deprecated.json' with { type: 'json' };
import currentIds from 'spdx-license-ids' with { type: 'json' };
import { isLicense, spdxIds } from './fields.ts';
import type { LicenseFamily } from './vocab.ts';

const deprecated = new Set<string>(deprecatedIds as string[]);
const current = new Set<string>(currentIds as string[]);

/** The current id for a deprecated GNU-style id: `GPL-3.0` -> `GPL-3.0-only`, `GPL-3.0+` -> `GPL-3.0-or-later`. */
function upgradeId(id: string): string | undefined {
  const plus = id.endsWith('+');
  const base = plus ? id.slice(0, -1) : id;
  const candidate = `${base}-${plus ? 'or-later' : 'only'}`;
  if (current.has(candidate)) return candidate;
  return undefined;
}

/**
 * A likely intended licence for a value that is not a valid current SPDX expression:
 * deprecated ids get their replacement, typos (`GPL3`, `Apache 2`) their SPDX spelling.
 */
export function suggestLicense(value: string): string | undefined {
  // spdx-correct throws on blank input; `license: ""` must get a message, not crash the validator.
  if (isLicense(value) || !value.trim()) return undefined;
  const replaced = value.replace(/[A-Za-z0-9.-]+\+?/g, (token) => {
    if (!deprecated.has(token.replace(/\+$/, '')) && !deprecated.has(token)) return token;
    return upgradeId(token) ?? token;
  });
  if (replaced !== value && isLicense(replaced)) return replaced;
  const corrected = correct(value, { upgrade: false });
  if (!corrected) return undefined;
  const upgraded = upgradeId(corrected) ?? corrected;
  return isLicense(upgraded) ? upgraded : undefined;
}

/** Licence facet: every SPDX licence is an open licence; `proprietary` is not; no licence stated is `unknown`. */
export function licenseFamily(value: string | undefined): LicenseFamily {
  return value === undefined ? 'unknown' : value === 'proprietary' ? 'proprietary' : 'open';
}

/** The ids in an expression, for display and filtering (`MIT OR Apache-2.0` -> [MIT, Apache-2.0]). */
export function licenseIds(value: string | undefined): string[] {
  return value === undefined || value === 'proprietary' ? [] : spdxIds(value);
}
