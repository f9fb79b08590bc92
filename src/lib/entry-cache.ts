import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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

/** Hash of the validator's source (schemas and lib) and of the lockfile. */
function validatorFingerprint(root: string): string {
  const hash = createHash('sha1');
  const here = dirname(fileURLToPath(import.meta.url));
  for (const dir of [here, join(here, '..', 'schemas')]) {
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts') && !n.endsWith('.test.ts')).sort()) {
      hash.update(name).update(readFileSync(join(dir, name)));
    }
  }
  const lock = join(root, 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  return hash.digest('hex');
}
