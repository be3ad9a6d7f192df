import { normalizeQuery, queryWords, tokenize } from './search';

/**
 * The part of an answer that matches the query, for the results list: the first place where a
 * query word (or most of it, for typos) occurs, with some words around it. Plain strings: the UI
 * renders them as text with the match in a <mark> element.
 */
export function matchExcerpt(text: string, query: string, radius = 90): { before: string; match: string; after: string } {
  const lower = text.toLowerCase();
  const meant = queryWords(query);
  // The words as typed (accents and apostrophes kept, as the text has them), then English words
  // standing for Spanish ones; common words ("de", "the") would only mark something unrelated.
  const typed = normalizeQuery(query)
    .toLowerCase()
    .split(' ')
    .filter((w) => tokenize(w).some((t) => meant.includes(t)));
  const words = [...new Set([...typed, ...meant])].filter((w) => w.length >= 2).sort((a, b) => b.length - a.length);
  let at = -1;
  let len = 0;
  for (const w of words) {
    // Typos: fall back to the word's first few letters ("licence" → "licen").
    for (const probe of [w, w.slice(0, Math.max(3, Math.ceil(w.length * 0.7)))]) {
      const re = new RegExp(`\\b${probe.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'i');
      const m = re.exec(lower);
      if (m) {
        at = m.index;
        const wordEnd = lower.slice(at).search(/[^\p{L}\p{N}'’-]/u);
        len = wordEnd > 0 ? wordEnd : probe.length;
        break;
      }
    }
    if (at >= 0) break;
  }
  if (at < 0) return { before: text.slice(0, radius * 2).trimEnd() + (text.length > radius * 2 ? '…' : ''), match: '', after: '' };
  const start = Math.max(0, text.lastIndexOf(' ', Math.max(0, at - radius)) + 1);
  const endCut = text.indexOf(' ', Math.min(text.length, at + len + radius));
  const end = endCut < 0 ? text.length : endCut;
  return {
    before: (start > 0 ? '…' : '') + text.slice(start, at),
    match: text.slice(at, at + len),
    after: text.slice(at + len, end) + (end < text.length ? '…' : ''),
  };
}
