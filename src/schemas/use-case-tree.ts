/**
 * Walking the use-case tree, once for everyone: the checker (cycles, parents of used use cases),
 * the catalogue (a tool of a child also serves its parent) and the pages. Each walk stops where it
 * would visit a use case twice, so a parent cycle (which the checker reports) never loops.
 */

/** The chain above `id`, nearest first, stopping before a use case seen already; `loop` is the one that closed a cycle. */
export function ancestorChain(id: string, parentOf: (id: string) => string | undefined): { chain: string[]; loop?: string } {
  const seen = new Set([id]);
  const chain: string[] = [];
  for (let p = parentOf(id); p; p = parentOf(p)) {
    if (seen.has(p)) return { chain, loop: p };
    seen.add(p);
    chain.push(p);
  }
  return { chain };
}

/** `id` and every use case below it, each once, depth first. */
export function descendants(id: string, childrenOf: (id: string) => readonly string[]): string[] {
  const out = new Set<string>();
  const stack = [id];
  while (stack.length) {
    const next = stack.pop()!;
    if (out.has(next)) continue;
    out.add(next);
    const children = childrenOf(next);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return [...out];
}
