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
 * When too few answers contain every word, the list goes on with those containing most of them,
 * so a query mixing two subjects still finds both. Bill numbers ("AB 1747") are one word, and
 * Spanish query words also look for their English equivalents.
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

/**
 * Words too common to narrow anything; dropped from queries unless the query is nothing else.
 * Spanish ones too, so "licencias de conducir" is about licences and driving, not about "de".
 */
const STOPWORDS = new Set(
  [
    'a an and are as at be by can do does for from how i in is it my of on or the to what when where which who why will with',
    'al como con cual cuando de del donde el en es hay la las le les lo los me mi mis o para por puede pueden que quien se sobre son su sus un una unos unas y',
  ]
    .join(' ')
    .split(' '),
);

/**
 * A Spanish → English vocabulary for query words, so a Spanish query finds the English answers as
 * well as the glossary's Spanish sentences. Each Spanish word keeps matching as itself; these only
 * add English words that stand for it. Keys are written as tokenize() leaves them (lower case, no
 * accents); plurals ("licencias", "tribunales") are found by dropping "s" or "es". Only words that
 * are not also English belong here, so an English query is never widened by it.
 */
export const SPANISH_QUERY_WORDS: Readonly<Record<string, readonly string[]>> = {
  licencia: ['license'],
  permiso: ['permit', 'license'],
  conducir: ['driver', 'driving'],
  manejar: ['driver', 'driving'],
  conductor: ['driver'],
  tribunal: ['court'],
  corte: ['court'],
  juzgado: ['court'],
  juez: ['judge'],
  orden: ['order'],
  datos: ['data'],
  dato: ['data'],
  informacion: ['information'],
  compartir: ['share'],
  comparte: ['share'],
  comparten: ['share'],
  inmigracion: ['immigration'],
  migratorio: ['immigration'],
  migratoria: ['immigration'],
  inmigrante: ['immigrant'],
  indocumentado: ['undocumented'],
  estado: ['state'],
  ley: ['law'],
  direccion: ['address'],
  domicilio: ['address'],
  policia: ['police'],
  registro: ['record'],
  expediente: ['record'],
  documento: ['document'],
  deportacion: ['deportation'],
  deportar: ['deport'],
  detencion: ['detention'],
  arresto: ['arrest'],
  privacidad: ['privacy'],
  agencia: ['agency'],
  solicitud: ['request'],
  citatorio: ['subpoena'],
  citacion: ['subpoena'],
  vehiculo: ['vehicle'],
  placa: ['plate'],
  huella: ['fingerprint'],
  foto: ['photo'],
  fotografia: ['photo'],
  reconocimiento: ['recognition'],
  numero: ['number'],
  derecho: ['right'],
  abogado: ['lawyer', 'attorney'],
  aduanas: ['customs'],
  frontera: ['border'],
  seguridad: ['security'],
  identificacion: ['identification'],
  santuario: ['sanctuary'],
  acuerdo: ['agreement'],
  retencion: ['detainer'],
};

/**
 * Spanish phrases whose words mean something else together: one list of English words per word
 * of the phrase (empty for a word to leave as it is). "Judicial" is English too, so it stands for
 * "court" only inside "orden judicial".
 */
export const SPANISH_QUERY_PHRASES: Readonly<Record<string, readonly (readonly string[])[]>> = {
  'orden judicial': [['order'], ['court']],
  'seguro social': [['security'], ['social']],
  'orden de arresto': [['warrant'], [], ['arrest']],
  'orden de retencion': [['detainer'], [], ['detainer']],
  'base de datos': [['database'], [], ['data']],
};

/**
 * Bill prefixes: "AB 1747", "SB 36", "LD 1971", "HF 4". Written with a space they are two words,
 * and "ab" or "36" alone match laws they are not, so each is also indexed as one word ("ab1747"),
 * which is also how "AB1747" written together reads. Single letters ("A 2026 bill") are left out.
 */
const BILL_PREFIXES = new Set('ab sb hb hf sf ld lb lr hr sr shb ssb esb ehb ajr sjr hjr acr scr hcr'.split(' '));
const BILL_NUMBER = /^\d{1,5}$/;

/** Lower-case words without accents or apostrophes: "Driver’s" → "drivers", "México" → "mexico". */
export function tokenize(text: string): string[] {
  return tokenizeKeepingCase(text).map((w) => w.toLowerCase());
}

function tokenizeKeepingCase(text: string): string[] {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/['’‘]/g, '')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** The bill numbers among tokens, joined ("ab", "1747" → "ab1747"), each with where it starts. */
function billUnits(words: readonly string[]): { at: number; unit: string }[] {
  const units: { at: number; unit: string }[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    if (BILL_PREFIXES.has(words[i]) && BILL_NUMBER.test(words[i + 1])) units.push({ at: i, unit: words[i] + words[i + 1] });
  }
  return units;
}

/** One word of a parsed query: what matches it. */
export interface QueryTerm {
  /** The word as tokenized ("licence", or "ab1747" for a bill number). */
  word: string;
  /** The word as people read it ("AB 1747" stays two words), for saying which words were missing. */
  label: string;
  /** English words standing for a Spanish one. */
  alternatives: string[];
  /** A bill number: matched exactly (or by prefix while typed), never fuzzily, or "AB 1748" would find AB 1747. */
  unit: boolean;
}

export interface ParsedQuery {
  terms: QueryTerm[];
  /** False for a query of common words only ("what can I do"), where any word may match. */
  requireAll: boolean;
}

function spanishAlternatives(word: string): readonly string[] {
  return (
    SPANISH_QUERY_WORDS[word] ??
    (word.endsWith('s') ? SPANISH_QUERY_WORDS[word.slice(0, -1)] : undefined) ??
    (word.endsWith('es') ? SPANISH_QUERY_WORDS[word.slice(0, -2)] : undefined) ??
    []
  );
}

export function parseQuery(query: string): ParsedQuery {
  const raw = tokenizeKeepingCase(query);
  const all = raw.map((w) => w.toLowerCase());
  // "IN", "OR", "DE", "LA", "ME" typed in capitals among lower-case words are state codes, not stopwords.
  const shouting = raw.every((w) => w === w.toUpperCase());
  const isStop = (i: number) => STOPWORDS.has(all[i]) && (shouting || raw[i].length !== 2 || raw[i] !== raw[i].toUpperCase());
  const fromPhrase = new Map<number, readonly string[]>();
  for (const [phrase, english] of Object.entries(SPANISH_QUERY_PHRASES)) {
    const words = phrase.split(' ');
    for (let i = 0; i + words.length <= all.length; i++) {
      if (words.every((w, k) => all[i + k] === w)) english.forEach((e, k) => e.length && fromPhrase.set(i + k, e));
    }
  }
  const units = new Map(billUnits(all).map((u) => [u.at, u.unit]));
  const terms: (QueryTerm & { stop: boolean })[] = [];
  for (let i = 0; i < all.length; i++) {
    const unit = units.get(i);
    if (unit) {
      terms.push({ word: unit, label: `${all[i]} ${all[i + 1]}`, alternatives: [], unit: true, stop: false });
      i++;
      continue;
    }
    const alternatives = [...(fromPhrase.get(i) ?? spanishAlternatives(all[i]))];
    terms.push({ word: all[i], label: all[i], alternatives, unit: false, stop: isStop(i) });
  }
  const meaningful = terms.filter((t) => !t.stop);
  const kept = meaningful.length ? meaningful : terms;
  // The same word twice counts once, or repeating a word would outweigh the others.
  const seen = new Set<string>();
  const unique = kept.filter((t) => !seen.has(t.word) && seen.add(t.word)).map(({ stop: _stop, ...t }) => t);
  return { terms: unique, requireAll: meaningful.length > 0 };
}

/**
 * Every word a query stands for, its English alternatives included: what the results' excerpts
 * look for in the text.
 */
export function queryWords(query: string): string[] {
  return [...new Set(parseQuery(query).terms.flatMap((t) => (t.unit ? t.label.split(' ') : [t.word, ...t.alternatives])))];
}

/** Format of the stored index; a change makes stored indexes be rebuilt. */
export const SEARCH_INDEX_FORMAT = 2;

/** The index as stored: plain arrays, so IndexedDB keeps it and JSON round-trips it. */
export interface SerializedSearchIndex {
  format: typeof SEARCH_INDEX_FORMAT;
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
        // Bill numbers are extra words: the field's length stays the number of words people read.
        for (const w of [...words, ...billUnits(words).map((u) => u.unit)]) counts.set(w, (counts.get(w) ?? 0) + 1);
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
  return { format: SEARCH_INDEX_FORMAT, vocabulary, postings, documentFrequency, lengths };
}

export interface SearchFilters {
  stateCode?: string;
  topic?: Topic;
}

/**
 * Below this many results that have every word (counting only the records `primary` picks: the
 * documents' answers, which people search for), the results also take records that match some
 * of the words. One or two hits among dozens of state statuses is what made "drivers licence
 * court" look like it found nothing about courts.
 */
export const FEW_COMPLETE = 3;

export interface SearchHit {
  record: number;
  score: number;
  /** Bit k set: the record matched the query's term k (terms past the 31st are not tracked). */
  mask: number;
  /** How many of the query's terms the record matched. */
  matched: number;
}

export interface SearchOutcome {
  hits: SearchHit[];
  terms: QueryTerm[];
  /** Accepted records that match every term (before the limit). */
  complete: number;
  /** Set when too few records matched every term, so the hits go on with records matching most of them. */
  partial: boolean;
  /** Terms nothing in the index stands for (not even fuzzily): what a spelling suggestion replaces. */
  unknown: QueryTerm[];
}

export interface SearchOptions {
  limit?: number;
  accept?: (record: number) => boolean;
  /** Which records count towards "enough results have every word" (default: all). */
  primary?: (record: number) => boolean;
}

const bitOf = (term: number) => (term < 31 ? 1 << term : 0);

export class AnswerSearch {
  private readonly index: SerializedSearchIndex;
  private readonly avgLength: number[];
  private fuzzy: Fuse<string> | undefined;
  private looseFuzzy: Fuse<string> | undefined;

  constructor(
    readonly records: readonly SearchRecord[],
    index?: SerializedSearchIndex,
  ) {
    this.index =
      index?.format === SEARCH_INDEX_FORMAT && index.lengths?.length === records.length && index.documentFrequency ? index : buildSearchIndex(records);
    this.avgLength = SEARCH_KEYS.map((_, f) => this.index.lengths.reduce((s, l) => s + l[f], 0) / Math.max(1, records.length) || 1);
  }

  toJSON(): SerializedSearchIndex {
    return this.index;
  }

  private fuzzyMatcher(): Fuse<string> {
    this.fuzzy ??= new Fuse(this.index.vocabulary, VOCABULARY_FUZZY);
    return this.fuzzy;
  }

  /** Vocabulary positions that stand for a query word, each with how well it matches (0–1). */
  expand(word: string, isLast: boolean, fuzzy = true): [number, number][] {
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
    if (found.length || word.length < 4 || !fuzzy) return found;
    for (const hit of this.fuzzyMatcher().search(word, { limit: MAX_EXPANSIONS })) found.push([hit.refIndex, 0.7 * (1 - (hit.score ?? 0))]);
    return found;
  }

  /** What stands for one term: the word itself and, for a Spanish word, its English words. */
  private expandTerm(term: QueryTerm, isLast: boolean): [number, number][] {
    // A translated word is better served by its translation than by a fuzzy guess ("conducir" → "conduct").
    const own = this.expand(term.word, isLast, !term.unit && !term.alternatives.length);
    if (!term.alternatives.length) return own;
    const best = new Map(own);
    for (const alternative of term.alternatives) {
      for (const [v, quality] of this.expand(alternative, true, false)) best.set(v, Math.max(best.get(v) ?? 0, 0.9 * quality));
    }
    return [...best];
  }

  /** Records containing every query word, best first; see run() for what happens when few do. */
  search(query: string, limit = 50, accept: (record: number) => boolean = () => true): SearchHit[] {
    return this.run(query, { limit, accept }).hits;
  }

  /**
   * Scores every record against every term (BM25F), then keeps those with every term. When fewer
   * than FEW_COMPLETE primary records have them all, the rest of the list is records matching
   * most terms (more terms first, then by score), taken in turns from each combination of
   * terms, so that a word no record shares with the others ("court" in "drivers licence court")
   * still brings its own best records instead of being crowded out by the other words' many.
   */
  run(query: string, { limit = 50, accept = () => true, primary = () => true }: SearchOptions = {}): SearchOutcome {
    const { terms, requireAll } = parseQuery(query);
    if (!terms.length) return { hits: [], terms, complete: 0, partial: false, unknown: [] };
    const n = this.records.length;
    const score = new Float64Array(n);
    const matched = new Uint16Array(n);
    const mask = new Int32Array(n);
    const unknown: QueryTerm[] = [];
    terms.forEach((term, t) => {
      const expansions = this.expandTerm(term, t === terms.length - 1);
      if (!expansions.length) unknown.push(term);
      const seen = new Uint8Array(n);
      for (const [v, quality] of expansions) {
        const postings = this.index.postings[v];
        const df = this.index.documentFrequency[v];
        const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
        for (let i = 0; i < postings.length; i += 3) {
          const [r, f, tf] = [postings[i], postings[i + 1], postings[i + 2]];
          const norm = tf + K1 * (1 - B + (B * this.index.lengths[r][f]) / this.avgLength[f]);
          score[r] += quality * idf * SEARCH_KEYS[f].weight * ((tf * (K1 + 1)) / norm);
          if (!seen[r]) {
            seen[r] = 1;
            matched[r]++;
            mask[r] |= bitOf(t);
          }
        }
      }
    });
    const byScore = (a: SearchHit, b: SearchHit) => b.score - a.score || a.record - b.record;
    const complete: SearchHit[] = [];
    const some: SearchHit[] = [];
    for (let r = 0; r < n; r++) {
      if (!matched[r] || !accept(r)) continue;
      const hit = { record: r, score: score[r], mask: mask[r], matched: matched[r] };
      (matched[r] === terms.length ? complete : some).push(hit);
    }
    complete.sort(byScore);
    // A query of common words only ("what can I do"): any word may match, best score first.
    if (!requireAll) {
      const hits = [...complete, ...some].sort(byScore).slice(0, limit);
      return { hits, terms, complete: complete.length, partial: false, unknown };
    }
    const partial = terms.length > 1 && some.length > 0 && complete.filter((h) => primary(h.record)).length < FEW_COMPLETE;
    if (!partial) return { hits: complete.slice(0, limit), terms, complete: complete.length, partial, unknown };

    // Records with every term keep at most half the list, so the other words' records fit.
    const head = complete.slice(0, Math.max(limit - some.length, Math.ceil(limit / 2)));
    const groups = new Map<number, SearchHit[]>();
    for (const hit of some.sort(byScore)) {
      let group = groups.get(hit.mask);
      if (!group) groups.set(hit.mask, (group = []));
      group.push(hit);
    }
    const queue = [...groups.values()].sort((a, b) => b[0].matched - a[0].matched || byScore(a[0], b[0]));
    const taken: SearchHit[] = [];
    for (let round = 0, room = limit - head.length; taken.length < room; round++) {
      const before = taken.length;
      for (const group of queue) if (round < group.length && taken.length < room) taken.push(group[round]);
      if (taken.length === before) break;
    }
    taken.sort((a, b) => b.matched - a.matched || byScore(a, b));
    return { hits: [...head, ...taken], terms, complete: complete.length, partial, unknown };
  }

  /**
   * Nearest vocabulary words for the query's unknown words, as whole queries to try instead. The
   * matcher is looser than the one that expands query words (that one already found nothing),
   * and shares its index.
   */
  suggest(query: string, max = 3): string[] {
    const { unknown } = this.run(query, { limit: 0 });
    if (!unknown.length) return [];
    this.looseFuzzy ??= new Fuse(this.index.vocabulary, { ...VOCABULARY_FUZZY, threshold: 0.45 }, this.fuzzyMatcher().getIndex());
    const vocab = this.index.vocabulary;
    const nearest = unknown.map((term) =>
      this.looseFuzzy!.search(term.word, { limit: 30 })
        .filter((hit) => /^\p{L}{3,}$/u.test(hit.item) && !STOPWORDS.has(hit.item) && hit.item !== term.word)
        // Fuse scores tie often: then a word of about the typed length, then one more records use.
        .sort(
          (a, b) =>
            (a.score ?? 0) - (b.score ?? 0) ||
            Math.abs(a.item.length - term.word.length) - Math.abs(b.item.length - term.word.length) ||
            this.index.documentFrequency[b.refIndex] - this.index.documentFrequency[a.refIndex],
        )
        .map((hit) => vocab[hit.refIndex])
        .slice(0, max),
    );
    const pieces = normalizeQuery(query).split(' ');
    const replace = (choice: (k: number) => string | undefined) =>
      pieces
        .map((piece) => {
          const k = unknown.findIndex((term) => tokenize(piece).includes(term.word));
          return k < 0 ? piece : (choice(k) ?? piece);
        })
        .join(' ');
    const suggestions = new Set<string>();
    for (let i = 0; i < max; i++) {
      if (!nearest[0][i]) break;
      suggestions.add(replace((k) => (k === 0 ? nearest[0][i] : nearest[k][0])));
    }
    for (let k = 1; k < unknown.length && suggestions.size < max; k++) {
      for (const word of nearest[k].slice(1)) if (suggestions.size < max) suggestions.add(replace((j) => (j === k ? word : nearest[j][0])));
    }
    suggestions.delete(normalizeQuery(query));
    return [...suggestions];
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
  /** "answer", "status" or "glossary"; absent means an answer. */
  kind?: string;
}

export interface SearchResult<T> {
  answer: T;
  score: number;
  /** The query words this result does not contain (empty when it has them all). */
  missing: string[];
}

export interface SearchResults<T> {
  results: SearchResult<T>[];
  /** How many results (before the limit) contain every query word. */
  complete: number;
  /** The results go on with ones that contain only some of the words. */
  partial: boolean;
  /** Query words nothing in the index stands for. */
  unknown: string[];
}

/**
 * Searches with filters, the way the popup does. Only the documents' answers count towards
 * "enough results have every word": statuses cover every state and match most words somewhere.
 */
export function searchAll<T extends Searchable>(
  engine: AnswerSearch,
  byId: Map<string, T>,
  query: string,
  filters: SearchFilters = {},
  limit = 50,
): SearchResults<T> {
  const q = normalizeQuery(query);
  if (!q) return { results: [], complete: 0, partial: false, unknown: [] };
  const pass = (a: T | undefined): a is T =>
    !!a && (!filters.stateCode || a.stateCode === filters.stateCode) && (!filters.topic || !a.topic || a.topic === filters.topic);
  const item = (r: number) => byId.get(engine.records[r].id);
  const outcome = engine.run(q, { limit, accept: (r) => pass(item(r)), primary: (r) => (item(r)?.kind ?? 'answer') === 'answer' });
  return {
    results: outcome.hits.map(({ record, score, mask, matched }) => ({
      answer: item(record)!,
      score,
      missing: !outcome.partial || matched === outcome.terms.length ? [] : outcome.terms.filter((_, t) => t < 31 && !(mask & (1 << t))).map((t) => t.label),
    })),
    complete: outcome.complete,
    partial: outcome.partial,
    unknown: outcome.unknown.map((t) => t.label),
  };
}

export function searchAnswers<T extends Searchable>(
  engine: AnswerSearch,
  byId: Map<string, T>,
  query: string,
  filters: SearchFilters = {},
  limit = 50,
): { answer: T; score: number }[] {
  return searchAll(engine, byId, query, filters, limit).results.map(({ answer, score }) => ({ answer, score }));
}
