/**
 * Finds lexicon terms in one text node's string. Runs on every text node of a news page, so the
 * work per node is one native pre-test and, for nodes that pass it, one pass of one regex; the
 * precision rules (utils/match-rules.ts) run only where the regex matched. The regex source and
 * its table are compiled from the lexicon at build time (utils/compile-matcher.ts).
 */
import type { FormRule } from '@/data/lexicon';
import { englishMatcher, spanishMatcher, POSTAL_CODES } from '@/data/generated/term-matcher';
import type { CompiledMatcher, KeySeparator } from '@/utils/compile-matcher';
import { acceptPostalCode, looksLikeTitle, passesRule } from '@/utils/match-rules';
import { termById } from '@/utils/term-table';
import { spellingKey, WORD_LETTER } from '@/utils/spelling-key';

export interface TermMatch {
  start: number;
  end: number;
  termId: string;
  /** text.slice(start, end), possessive "'s" included. */
  text: string;
}

export interface MatchOptions {
  /** The page's declared language ('none' = undeclared, read as English); see pageLanguage. */
  lang: 'en' | 'es' | 'none';
  /**
   * Postal codes of states named near this text (the page's headline, the paragraphs before).
   * Agency names that several states use ("MVD", "DPS", "Secretary of State") count only when their
   * state is named in the same text or listed here; the caller chooses how near "near" is.
   */
  contextStates?: readonly string[];
}


interface FormEntry {
  /** null for a blocked phrase: matched so that the name inside it is not, then dropped. */
  termId: string | null;
  rule?: FormRule;
}

interface Matcher {
  regex: RegExp;
  entries: Map<string, FormEntry>;
}

const KEY_SEPARATOR: KeySeparator = '|';

/** No expansion left to do at run time: one RegExp, and a Map of the table's keys. */
function buildMatcher({ source, entries }: CompiledMatcher): Matcher {
  const map = new Map<string, FormEntry>();
  for (const [termId, rule, keys] of entries) {
    const entry: FormEntry = rule === null ? { termId } : { termId, rule };
    for (const key of keys.split(KEY_SEPARATOR)) map.set(key, entry);
  }
  return { regex: new RegExp(source, 'g'), entries: map };
}

/**
 * A code after "Place, " has a regex of its own: as a branch of the big one it made the engine try
 * it at every position (~20 % of the matching time, BENCHMARKS.md); here it runs only on text with
 * a comma.
 */
const AFTER_COMMA = new RegExp(`,[ \u00A0]?(${POSTAL_CODES})(?![${WORD_LETTER}])`, 'g');

/**
 * Built on first use, not at load: the Map of the table's keys and the compiled pattern are work a
 * page with nothing to scan never needs.
 */
let english: Matcher | undefined;
/** Built on the first Spanish page only: most users never meet one. */
let spanish: Matcher | undefined;

/**
 * Every spelling has a capital letter or a run of lowercase letters (or is "287(g)"), so most text
 * nodes — the whitespace between tags — fail on one character-class scan. Anchor-word alternations
 * were measured too and cost more than they saved.
 */
const QUICK = /[A-Z]|[a-z]{3}|287/;
/**
 * A cheap native pre-test for the scan's hot path: false means nothing in the text can match.
 * matchTerms does not repeat it, so callers scanning many nodes call it first. (Inline scripts and
 * styles are skipped by the scanner by their parent element, not guessed from their text.)
 */
export function quickTest(text: string): boolean {
  return QUICK.test(text);
}

/** Matches in text order, never overlapping; where spellings overlap the longest wins ("New Mexico's", "CA DMV"). */
export function matchTerms(text: string, options: MatchOptions): TermMatch[] {
  const { regex, entries } = options.lang === 'es' ? (spanish ??= buildMatcher(spanishMatcher())) : (english ??= buildMatcher(englishMatcher()));
  let titleLike: boolean | undefined;
  /** Allocated only once something matched: most nodes that reach the regex have no match. */
  let isTitleLike: (() => boolean) | undefined;
  const found: TermMatch[] = [];
  /** Matches that wait for their state (needs-state), with the state's code. */
  let waiting: Map<TermMatch, string> | undefined;

  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    const end = m.index + m[0].length;
    const code = m[2];
    if (code !== undefined) {
      const start = end - 2;
      if (acceptPostalCode(text, start, end, code)) found.push({ start, end, termId: `state:${code}`, text: code });
      continue;
    }
    const start = m.index;
    // "U.S.C." holds no "S.C.", "www.ICE.gov" no ICE; \b lets a dot through.
    if (text.charCodeAt(start - 1) === 46) continue;
    const entry = entries.get(spellingKey(m[1]));
    if (!entry?.termId) continue;
    isTitleLike ??= () => (titleLike ??= looksLikeTitle(text));
    if (!passesRule(entry.rule, { text, start, end, termId: entry.termId, titleLike: isTitleLike })) continue;
    const match = { start, end, termId: entry.termId, text: m[0] };
    if (entry.rule === 'needs-state') {
      const state = termById(entry.termId)?.stateCode ?? '';
      // "the Arizona MVD", "Tennessee’s Administrative Office of the Courts": another state's agency.
      const prev = found[found.length - 1];
      if (prev?.termId.startsWith('state:') && prev.termId !== `state:${state}` && /^\s+$/.test(text.slice(prev.end, start))) continue;
      (waiting ??= new Map()).set(match, state);
    }
    found.push(match);
  }
  if (text.includes(',')) addCodesAfterCommas(text, found);
  if (!waiting) return found;

  const named = new Set(options.contextStates);
  for (const match of found) {
    if (!waiting.has(match)) {
      const state = termById(match.termId)?.stateCode;
      if (state) named.add(state);
    }
  }
  return found.filter((match) => {
    const state = waiting.get(match);
    return state === undefined || named.has(state);
  });
}

/** "Albuquerque, NM": merged in text order; a longer term at the same place wins ("Sacramento, CA DMV"). */
function addCodesAfterCommas(text: string, found: TermMatch[]): void {
  let added = false;
  AFTER_COMMA.lastIndex = 0;
  for (let m = AFTER_COMMA.exec(text); m !== null; m = AFTER_COMMA.exec(text)) {
    const end = m.index + m[0].length;
    const start = end - 2;
    if (found.some((f) => f.start < end && start < f.end)) continue;
    if (!acceptPostalCode(text, start, end, m[1])) continue;
    found.push({ start, end, termId: `state:${m[1]}`, text: m[1] });
    added = true;
  }
  if (added) found.sort((a, b) => a.start - b.start);
}
