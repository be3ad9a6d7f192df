/**
 * Search over all answers (popup): Fuse.js token search — each query word fuzzy-matched on its
 * own (typos: "Minesota", "licence"), words combined with AND so adding a word narrows, rare
 * words weighted up (BM25-style IDF). Runs in extension pages only, never in the content script.
 */
import Fuse, { type FuseIndex, type FuseResult, type IFuseOptions } from 'fuse.js';
import type { AnswerView } from './answer-view';
import type { Topic } from './document-types';

/** The fields searched, flattened from an answer so the index is small and serialisable. */
export interface SearchRecord {
  id: string;
  question: string;
  /** The answer's text. */
  text: string;
  state: string;
  /** State code and the state's other names, so "NM" and "Nuevo México" find New Mexico too. */
  stateAliases: string;
  topic: string;
  /** Laws, bills and years the answer cites ("AB 60", "REAL ID Act"). */
  citations: string;
}

/**
 * Weights: what the question asks and the state it is about say more than a word somewhere in a
 * long answer; cited laws are exact handles people search by ("AB 60").
 */
export const SEARCH_KEYS = [
  { name: 'question', weight: 3 },
  { name: 'state', weight: 3 },
  { name: 'citations', weight: 2.5 },
  { name: 'stateAliases', weight: 1.5 },
  { name: 'topic', weight: 1.5 },
  { name: 'text', weight: 1 },
] as const;

export const SEARCH_OPTIONS: IFuseOptions<SearchRecord> = {
  keys: SEARCH_KEYS.map((k) => ({ ...k })),
  useTokenSearch: true,
  tokenMatch: 'all',
  ignoreLocation: true,
  ignoreDiacritics: true,
  // Loose enough for one typo in a short word ("Minesota", "licence"), tight enough that "ICE"
  // does not match "police".
  threshold: 0.3,
  minMatchCharLength: 2,
  includeScore: true,
  includeMatches: false,
};

export function toSearchRecord(answer: AnswerView, aliases: string[] = []): SearchRecord {
  return {
    id: answer.id,
    question: answer.question,
    text: answer.text,
    state: answer.stateName,
    stateAliases: [answer.stateCode, ...aliases].join(' '),
    topic: answer.topicLabel,
    citations: answer.citations.map((c) => c.key).join(' · '),
  };
}

export function buildSearchIndex(records: readonly SearchRecord[]): FuseIndex<SearchRecord> {
  return Fuse.createIndex(SEARCH_OPTIONS.keys!, records);
}

export function createSearch(records: readonly SearchRecord[], index?: ReturnType<FuseIndex<SearchRecord>['toJSON']>): Fuse<SearchRecord> {
  return new Fuse(records, SEARCH_OPTIONS, index ? Fuse.parseIndex(index) : buildSearchIndex(records));
}

export interface SearchFilters {
  stateCode?: string;
  topic?: Topic;
}

/** Normalises what people type: curly apostrophes, stray punctuation, extra spaces. */
export function normalizeQuery(query: string): string {
  return query
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{M}\p{N}'§. -]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 200);
}

export function searchAnswers<T extends Pick<AnswerView, 'id' | 'stateCode' | 'topic'>>(
  fuse: Fuse<SearchRecord>,
  byId: Map<string, T>,
  query: string,
  filters: SearchFilters = {},
  limit = 50,
): { answer: T; score: number }[] {
  const q = normalizeQuery(query);
  if (!q) return [];
  const pass = (a: T) => (!filters.stateCode || a.stateCode === filters.stateCode) && (!filters.topic || a.topic === filters.topic);
  const results: { answer: T; score: number }[] = [];
  for (const r of fuse.search(q) as FuseResult<SearchRecord>[]) {
    const answer = byId.get(r.item.id);
    if (answer && pass(answer)) results.push({ answer, score: r.score ?? 1 });
    if (results.length >= limit) break;
  }
  return results;
}

/**
 * The part of an answer that matches the query, for the results list: the first place where a
 * query word (or most of it, for typos) occurs, with some words around it. Plain strings: the UI
 * renders them as text with the match in a <mark> element.
 */
export function matchExcerpt(text: string, query: string, radius = 90): { before: string; match: string; after: string } {
  const lower = text.toLowerCase();
  const words = normalizeQuery(query)
    .toLowerCase()
    .split(' ')
    .filter((w) => w.length >= 2)
    .sort((a, b) => b.length - a.length);
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
