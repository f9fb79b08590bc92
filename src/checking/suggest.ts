import { distance } from 'fastest-levenshtein';

/** Up to `limit` candidates closest to `value`, nearest first, dropping those too far to be a typo. */
export function closest(value: string, candidates: Iterable<string>, limit = 3): string[] {
  const max = Math.max(2, Math.floor(value.length / 3));
  const scored: { candidate: string; d: number }[] = [];
  for (const candidate of candidates) {
    const d = distance(value, candidate);
    const contains = value.length >= 4 && (candidate.includes(value) || value.includes(candidate));
    if (d <= max || contains) scored.push({ candidate, d: contains ? Math.min(d, max) : d });
  }
  return scored
    .sort((a, b) => a.d - b.d || a.candidate.localeCompare(b.candidate))
    .slice(0, limit)
    .map((s) => s.candidate);
}

/** `did you mean "a", "b"?` or undefined. */
export function didYouMean(value: string, candidates: Iterable<string>): string | undefined {
  const found = closest(value, candidates);
  return found.length ? `did you mean ${found.map((c) => `"${c}"`).join(' or ')}?` : undefined;
}
