/**
 * Pagefind excerpts are HTML with `<mark>` around matches. Build nodes from them instead of
 * assigning innerHTML, so nothing but text and <mark> can ever reach the page.
 */
export function excerptParts(excerpt: string): { text: string; marked: boolean }[] {
  const parts: { text: string; marked: boolean }[] = [];
  const re = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (let m = re.exec(excerpt); m; m = re.exec(excerpt)) {
    if (m.index > last) parts.push({ text: decode(excerpt.slice(last, m.index)), marked: false });
    parts.push({ text: decode(m[1]), marked: true });
    last = m.index + m[0].length;
  }
  if (last < excerpt.length) parts.push({ text: decode(excerpt.slice(last)), marked: false });
  return parts;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", nbsp: '\u00a0' };

function decode(text: string): string {
  return text.replace(/<[^>]*>/g, '').replace(/&(#?\w+);/g, (whole, name) => ENTITIES[name] ?? whole);
}

export function renderExcerpt(excerpt: string): Node[] {
  return excerptParts(excerpt).map(({ text, marked }) => {
    if (!marked) return document.createTextNode(text);
    const mark = document.createElement('mark');
    mark.textContent = text;
    return mark;
  });
}
