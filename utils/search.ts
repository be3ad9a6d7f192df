/**
 * Search over all answers (popup). Runs in extension pages only, never in the content script.
 *
 * Why not Fuse.js over the records directly: its fuzzy matcher reads every field of every record
 * for every query word, which measured 30 ms p95 at 100 answers and 1.5 s at 5,000
 * (BENCHMARKS.md). Here the records are indexed once (word → where it occurs), each query word is
 * looked up exactly, by prefix while typing, and — only when neither finds it — fuzzily with
 * Fuse.js over the index's vocabulary ("Minesota" → "minnesota", "licence" → "license"). Answers
 * must contain every query word (adding a word narrows) and are ranked BM25F-style: rare words
 * count more, and a word in the question or state counts more than one deep in a long answer.
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
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
  /** The project's own words about it: review reasons, status findings, laws named there ("AB 1747"). */
  notes: string;
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
  { name: 'notes', weight: 1.2 },
  { name: 'text', weight: 1 },
] as const satisfies readonly { name: keyof SearchRecord; weight: number }[];

/**
 * Fuzzy matching of a query word against the vocabulary: loose enough for one typo in a short
 * word ("Minesota", "licence"), tight enough that "ICE" does not become "police".
 */
export const VOCABULARY_FUZZY: IFuseOptions<string> = {
  threshold: 0.3,
  ignoreLocation: true,
  ignoreDiacritics: true,
  minMatchCharLength: 2,
  includeScore: true,
};
/** At most this many vocabulary words stand in for one query word (prefix or fuzzy). */
export const MAX_EXPANSIONS = 12;
/** BM25 constants (the usual defaults). */
const K1 = 1.2;
const B = 0.75;

/** Words too common to narrow anything; dropped from queries unless the query is nothing else. */
const STOPWORDS = new Set('a an and are as at be by can do does for from how i in is it my of on or the to what when where which who why will with'.split(' '));

/** Lower-case words without accents or apostrophes: "Driver’s" → "drivers", "México" → "mexico". */
export function tokenize(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/['’‘]/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** The index as stored: plain arrays, so IndexedDB keeps it and JSON round-trips it. */
export interface SerializedSearchIndex {
  format: 1;
  /** Sorted, so prefixes are a contiguous range. */
  vocabulary: string[];
  /** Per vocabulary word: flat [record, field, count, record, field, count, …]. */
  postings: number[][];
  /** Per vocabulary word: how many records contain it (for IDF). */
  documentFrequency: number[];
  /** Per record, per field: number of words. */
  lengths: number[][];
}

export function buildSearchIndex(records: readonly SearchRecord[]): SerializedSearchIndex {
  const byWord = new Map<string, number[]>();
  const lengths: number[][] = [];
  records.forEach((record, r) => {
    lengths.push(
      SEARCH_KEYS.map(({ name }, f) => {
        const words = tokenize(record[name]);
        const counts = new Map<string, number>();
        for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
        for (const [w, n] of counts) {
          let list = byWord.get(w);
          if (!list) byWord.set(w, (list = []));
          list.push(r, f, n);
        }
        return words.length;
      }),
    );
  });
  const vocabulary = [...byWord.keys()].sort();
  const postings = vocabulary.map((w) => byWord.get(w)!);
  // Postings are written record by record, so a record's fields sit next to each other.
  const documentFrequency = postings.map((p) => {
    let n = 0;
    for (let i = 0; i < p.length; i += 3) if (i === 0 || p[i] !== p[i - 3]) n++;
    return n;
  });
  return { format: 1, vocabulary, postings, documentFrequency, lengths };
}

export interface SearchFilters {
  stateCode?: string;
  topic?: Topic;
}

export class AnswerSearch {
  private readonly index: SerializedSearchIndex;
  private readonly avgLength: number[];
  private fuzzy: Fuse<string> | undefined;

  constructor(
    readonly records: readonly SearchRecord[],
    index?: SerializedSearchIndex,
  ) {
    this.index = index?.format === 1 && index.lengths?.length === records.length && index.documentFrequency ? index : buildSearchIndex(records);
    this.avgLength = SEARCH_KEYS.map((_, f) => this.index.lengths.reduce((s, l) => s + l[f], 0) / Math.max(1, records.length) || 1);
  }

  toJSON(): SerializedSearchIndex {
    return this.index;
  }

  /** Vocabulary positions that stand for a query word, each with how well it matches (0–1). */
  expand(word: string, isLast: boolean): [number, number][] {
    const vocab = this.index.vocabulary;
    const at = lowerBound(vocab, word);
    const found: [number, number][] = [];
    if (vocab[at] === word) found.push([at, 1]);
    // Prefixes: while typing ("licen"), and plurals ("driver" → "drivers").
    if (word.length >= 3 || isLast) {
      for (let i = vocab[at] === word ? at + 1 : at; i < vocab.length && vocab[i].startsWith(word) && found.length < MAX_EXPANSIONS; i++) {
        found.push([i, 0.8]);
      }
    }
    if (found.length || word.length < 4) return found;
    this.fuzzy ??= new Fuse(vocab, VOCABULARY_FUZZY);
    for (const hit of this.fuzzy.search(word, { limit: MAX_EXPANSIONS })) found.push([hit.refIndex, 0.7 * (1 - (hit.score ?? 0))]);
    return found;
  }

  /** Records containing every query word, best first. */
  search(query: string, limit = 50, accept: (record: number) => boolean = () => true): { record: number; score: number }[] {
    const all = tokenize(query);
    const words = all.filter((w) => !STOPWORDS.has(w));
    const terms = words.length ? words : all;
    if (!terms.length) return [];
    // Every word must match, except in a query of common words only, where any may.
    const requireAll = words.length > 0;
    const n = this.records.length;
    let scores: Map<number, number> | undefined;
    terms.forEach((word, t) => {
      const expansions = this.expand(word, t === terms.length - 1);
      // A query of common words only ("what can I do"): a word the index lacks ("i") is skipped.
      if (!expansions.length && !words.length) return;
      const next = new Map<number, number>();
      for (const [v, quality] of expansions) {
        const postings = this.index.postings[v];
        const df = this.index.documentFrequency[v];
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        for (let i = 0; i < postings.length; i += 3) {
          const [r, f, tf] = [postings[i], postings[i + 1], postings[i + 2]];
          if (requireAll && scores && !scores.has(r)) continue; // AND: only records that matched every earlier word
          const norm = tf + K1 * (1 - B + (B * this.index.lengths[r][f]) / this.avgLength[f]);
          const part = quality * idf * SEARCH_KEYS[f].weight * ((tf * (K1 + 1)) / norm);
          next.set(r, (next.get(r) ?? 0) + part);
        }
      }
      if (scores && requireAll) for (const [r, s] of next) next.set(r, s + scores.get(r)!);
      else if (scores) for (const [r, s] of scores) next.set(r, s + (next.get(r) ?? 0));
      scores = next;
    });
    const results: { record: number; score: number }[] = [];
    for (const [record, score] of scores ?? []) if (accept(record)) results.push({ record, score });
    results.sort((a, b) => b.score - a.score || a.record - b.record);
    return results.slice(0, limit);
  }
}

function lowerBound(sorted: readonly string[], word: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function toSearchRecord(answer: AnswerView, aliases: string[] = []): SearchRecord {
  const review = answer.review;
  return {
    id: answer.id,
    question: answer.question,
    text: answer.text,
    state: answer.stateName,
    stateAliases: [answer.stateCode, ...aliases].join(' '),
    topic: answer.topicLabel,
    citations: answer.citations.map((c) => c.key).join(' · '),
    notes: review ? [...review.claims.map((c) => c.reason), review.procedureWarning?.text ?? ''].join(' ') : '',
  };
}

export function createSearch(records: readonly SearchRecord[], index?: SerializedSearchIndex): AnswerSearch {
  return new AnswerSearch(records, index);
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

/** What a search result can be: one answer, a state's checked status, or a glossary entry. */
export interface Searchable {
  id: string;
  /** Absent for glossary entries (about no state). */
  stateCode?: string;
  /** Absent for statuses and glossary entries, which the topic filter lets through. */
  topic?: Topic;
}

export function searchAnswers<T extends Searchable>(
  engine: AnswerSearch,
  byId: Map<string, T>,
  query: string,
  filters: SearchFilters = {},
  limit = 50,
): { answer: T; score: number }[] {
  const q = normalizeQuery(query);
  if (!q) return [];
  const pass = (a: T | undefined): a is T =>
    !!a && (!filters.stateCode || a.stateCode === filters.stateCode) && (!filters.topic || !a.topic || a.topic === filters.topic);
  return engine
    .search(q, limit, (r) => pass(byId.get(engine.records[r].id)))
    .map(({ record, score }) => ({ answer: byId.get(engine.records[record].id)!, score }));
}

