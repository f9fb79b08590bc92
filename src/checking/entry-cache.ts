import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SITE } from '../config.ts';

/** What a clean check of a file produced; enough to rebuild its entry without parsing it again. */
export interface CachedCheck {
  data: unknown;
  body: string;
  /** Absent when the file was only checked (npm run validate): a build renders it then. */
  html?: string;
}

/**
 * Results of checking unchanged files, keyed by their bytes. Only files that passed every check
 * are cached, and the key includes a fingerprint of the validator's own code and dependencies,
 * so a change to the rules re-checks everything. Date-dependent checks are never cached.
 */
export class EntryCache {
  private entries = new Map<string, CachedCheck>();
  private used = new Map<string, CachedCheck>();
  private readonly file: string;
  private readonly version: string;

  constructor(root: string) {
    this.file = join(root, 'node_modules', '.cache', 'civic-toolbox', 'entries.json');
    this.version = validatorFingerprint(root);
    try {
      const saved = JSON.parse(readFileSync(this.file, 'utf8'));
      if (saved.version === this.version) this.entries = new Map(Object.entries(saved.entries));
    } catch {
      // No cache yet, or an unreadable one: start empty.
    }
  }

  key(kind: string, file: string, bytes: Uint8Array): string {
    return createHash('sha1').update(kind).update('\0').update(file).update('\0').update(bytes).digest('base64url');
  }

  get(key: string): CachedCheck | undefined {
    const hit = this.entries.get(key);
    if (hit) this.used.set(key, hit);
    return hit;
  }

  set(key: string, value: CachedCheck): void {
    this.used.set(key, value);
  }

  /** Keeps only what this run used, so deleted and edited files do not accumulate. */
  save(): void {
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(this.file, JSON.stringify({ version: this.version, entries: Object.fromEntries(this.used) }));
  }
}

/**
 * Hash of the checker's own code: every module check-worker.ts reaches through relative imports
 * (src/checking/, the schemas they use, config), the lockfile for the packages and the instance's
 * resolved settings. Editing a page,
 * the catalogue model or a browser script leaves cached checks valid.
 */
function validatorFingerprint(root: string): string {
  const hash = createHash('sha1');
  for (const file of checkingModules(join(dirname(fileURLToPath(import.meta.url)), 'check-worker.ts'))) {
    hash.update(relative(root, file)).update(readFileSync(file));
  }
  const lock = join(root, 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  // The instance's settings as resolved, environment overrides included (languages, stale delay).
  hash.update(JSON.stringify(SITE));
  return hash.digest('hex');
}

const RELATIVE_IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|(?:^|\n)\s*import\s*['"](\.{1,2}\/[^'"]+)['"]/g;

/** The module and every module it reaches through relative imports, sorted (type-only imports included: they shape the data). */
export function checkingModules(entry: string): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file) || !existsSync(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(RELATIVE_IMPORT)) {
      const spec = m[1] ?? m[2];
      if (/\.[cm]?[jt]s$/.test(spec)) visit(resolve(dirname(file), spec));
    }
  };
  visit(entry);
  return [...seen].sort();
}
