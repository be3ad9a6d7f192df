/**
 * The little the background needs to rank answers for a term: which states the page mentions
 * (counts) and topic words near the term. Only words from a fixed vocabulary leave the tab —
 * never the page's sentences.
 */
import { topicOfWord } from '@/data/topic-words';

const WORD = /[a-záéíóúñü'’]+/gi;
const CONTEXT_CHARS = 2000;
const BLOCK = 'p,li,td,th,dd,blockquote,figcaption,h1,h2,h3,h4,h5,h6,article,section';

const blockOf = (node: Text) => node.parentElement?.closest(BLOCK) ?? node.parentElement;

/**
 * States named in the same paragraph as the term: "California and Minnesota passed laws limiting
 * what their DMV can share" is about those two, whatever else the page mentions.
 */
export function statesNear(node: Text, hitsByNode: Map<Text, { term: { kind: string; stateCode?: string } }[]>): string[] {
  const block = blockOf(node);
  if (!block) return [];
  const near = new Set<string>();
  for (const [other, hits] of hitsByNode) {
    if (!block.contains(other)) continue;
    for (const h of hits) if (h.term.kind === 'state' && h.term.stateCode) near.add(h.term.stateCode);
  }
  return [...near].slice(0, 10);
}

/** How much of an article is read to decide what it is about (a long article says it early). */
const ARTICLE_CHARS = 100_000;

/**
 * The article a text node belongs to: its nearest <article> (a page of briefs holds several), else
 * the page's main content, else its body.
 */
export function articleOf(node: Text): Element | null {
  const doc = node.ownerDocument;
  return node.parentElement?.closest('article') ?? doc.querySelector('main, [role=main]') ?? doc.body;
}

/** An article's text, with the page's title where the article is the page's only one (or it marks none). */
export function articleText(article: Element): string {
  const doc = article.ownerDocument;
  const title = doc.querySelectorAll('article').length <= 1 ? doc.title : '';
  return `${title} ${(article.textContent ?? '').slice(0, ARTICLE_CHARS)}`;
}

export function topicWordsNear(node: Text): string[] {
  const block = blockOf(node);
  const text = `${(block?.textContent ?? node.data).slice(0, CONTEXT_CHARS)} ${document.title}`;
  const words: string[] = [];
  for (const m of text.toLowerCase().replace(/’/g, "'").matchAll(WORD)) {
    if (topicOfWord(m[0])) words.push(m[0]);
    if (words.length >= 40) break;
  }
  return words;
}

export class StateCounts {
  private readonly counts = new Map<string, number>();

  add(code: string, n = 1): void {
    const next = (this.counts.get(code) ?? 0) + n;
    if (next <= 0) this.counts.delete(code);
    else this.counts.set(code, next);
  }

  toRecord(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort((a, b) => b[1] - a[1]).slice(0, 60));
  }
}
