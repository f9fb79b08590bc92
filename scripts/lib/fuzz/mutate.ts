/**
 * Seeded mutations of real entry files, for the fuzz test and `npm run fuzz`: the same seed gives
 * the same files, so a failure can be replayed. Each mutation is a kind of damage contributors
 * (or attackers) make: a byte flipped, a line duplicated or dropped, characters that parsers and
 * terminals treat specially inserted anywhere.
 */
import type { Rng } from '../prng.ts';

const SPECIAL = ['\u0000', '\r', '\n', '\t', '\u001b[31m', '\u202e', '\u200b', '---', '---\n', ':', ': ', '- ', '#', '{', '}', '<', '>', '<script>', '&', '"', "'", '`', '\\', '[', ']', '(', ')', '*', '_', '|', '!', '%YAML 1.2\n', '&a ', '*a', '!!js/function ', '\uFEFF', '\uD800', 'é', 'ا', '𝕏', ' '.repeat(40), '>'.repeat(30), 'javascript:', 'https://user:pw@host/'];

function pick<T>(r: Rng, list: readonly T[]): T {
  return list[Math.floor(r() * list.length)];
}

/** One mutated copy of `text`, with one to three changes. */
export function mutate(text: string, r: Rng): string {
  let out = text;
  const changes = 1 + Math.floor(r() * 3);
  for (let c = 0; c < changes; c++) {
    const at = Math.floor(r() * (out.length + 1));
    const lines = out.split('\n');
    const line = Math.floor(r() * lines.length);
    switch (Math.floor(r() * 6)) {
      case 0:
        out = out.slice(0, at) + pick(r, SPECIAL) + out.slice(at);
        break;
      case 1:
        out = out.slice(0, at) + out.slice(at + 1 + Math.floor(r() * 8));
        break;
      case 2:
        lines.splice(line, 0, lines[line] ?? '');
        out = lines.join('\n');
        break;
      case 3:
        lines.splice(line, 1);
        out = lines.join('\n');
        break;
      case 4:
        lines[line] = ' '.repeat(Math.floor(r() * 4)) + (lines[line] ?? '');
        out = lines.join('\n');
        break;
      default:
        out = out.slice(0, at) + String.fromCharCode(Math.floor(r() * 0x3000)) + out.slice(at);
    }
  }
  return out;
}
