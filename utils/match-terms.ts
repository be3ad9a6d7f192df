/**
 * Finds lexicon terms in one text node's string. Runs on every text node of a news page, so the
 * work per node is one native pre-test and, for nodes that pass it, one pass of one regex; the
 * precision rules (utils/match-rules.ts) run only where the regex matched. The regex source and
 * its table are compiled from the lexicon at build time (utils/compile-matcher.ts).
 */
import type { FormRule } from '@/data/lexicon';
import { englishMatcher, spanishMatcher } from '@/data/generated/term-matcher';
import type { CompiledMatcher, KeySeparator } from '@/utils/compile-matcher';
import { acceptPostalCode, looksLikeTitle, passesRule } from '@/utils/match-rules';
import { termById } from '@/utils/term-table';
import { spellingKey } from '@/utils/spelling-key';

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
 * Built on first use, not at load: the Map of the table's keys and the compiled pattern are work a
 * page with nothing to scan never needs.
 */
let english: Matcher | undefined;
/** Built on the first Spanish page only: most users never meet one. */
let spanish: Matcher | undefined;

/**
 * Matches in text order, never overlapping; where spellings overlap the longest wins ("New Mexico's",
 * "CA DMV"). Runs on every text node of a page (the scanner has no pre-test of its own): a node
 * without a term costs one regex pass and nothing else.
 */
export function matchTerms(text: string, options: MatchOptions): TermMatch[] {
  return termsIn(text, options.lang, options) ?? [];
}

/**
 * matchTerms for the scan's hot path: null where nothing matched, and no object made for the
 * nodes without a term (most of a page's nodes).
 */
export function termsIn(text: string, lang: MatchOptions['lang'], options?: MatchOptions): TermMatch[] | null {
  const matcher = lang === 'es' ? (spanish ??= buildMatcher(spanishMatcher())) : (english ??= buildMatcher(englishMatcher()));
  matcher.regex.lastIndex = 0;
  const first = matcher.regex.exec(text);
  if (first === null) return null;
  const found = collect(text, options ?? { lang }, matcher, first);
  return found.length ? found : null;
}

function collect(text: string, options: MatchOptions, { regex, entries }: Matcher, first: RegExpExecArray): TermMatch[] {
  let titleLike: boolean | undefined;
  const isTitleLike = () => (titleLike ??= looksLikeTitle(text));
  const found: TermMatch[] = [];
  /** Matches that wait for their state (needs-state), with the state's code. */
  let waiting: Map<TermMatch, string> | undefined;

  /** A code after "Place, ", or a party label's: acceptPostalCode checks the rest. */
  const code = (start: number, value: string) => {
    if (acceptPostalCode(text, start, start + 2, value)) found.push({ start, end: start + 2, termId: `state:${value}`, text: value });
  };

  /** One matched spelling through its table entry and rule; false if it was dropped. */
  const take = (start: number, end: number, spelling: string): boolean => {
    // "U.S.C." holds no "S.C.", "www.ICE.gov" no ICE; \b lets a dot through.
    if (text.charCodeAt(start - 1) === 46) return false;
    const entry = entries.get(spellingKey(spelling));
    if (!entry?.termId) return false;
    if (!passesRule(entry.rule, { text, start, end, termId: entry.termId, titleLike: isTitleLike })) return false;
    const match = { start, end, termId: entry.termId, text: text.slice(start, end) };
    if (entry.rule === 'needs-state') {
      const state = termById(entry.termId)?.stateCode ?? '';
      // "the Arizona MVD", "Tennessee’s Administrative Office of the Courts": another state's agency.
      const prev = found[found.length - 1];
      if (prev?.termId.startsWith('state:') && prev.termId !== `state:${state}` && /^\s+$/.test(text.slice(prev.end, start))) return false;
      (waiting ??= new Map()).set(match, state);
    }
    found.push(match);
    return true;
  };

  for (let m: RegExpExecArray | null = first; m !== null; m = regex.exec(text)) {
    const end = m.index + m[0].length;
    // Where a spelling and a code after a comma start at one place, the spelling is tried first
    // ("Sacramento, CA DMV"). (The matcher before this pattern also tried the code where such a
    // spelling was then dropped; no spelling the lexicon has and no sentence of the news pages or
    // the tests made that differ.)
    if (m[1] !== undefined) take(m.index, end, m[1]);
    else if (m[2] !== undefined) code(end - 2, m[2]);
    else if (m[3] !== undefined) code(m.index, m[3]);
    else if (m[4] !== undefined) take(m.index - m[4].search(/[A-Za-z]/), end, m[4]);
  }
  const waitingFor = waiting;
  if (!waitingFor) return found;

  const named = new Set(options.contextStates);
  for (const match of found) {
    if (!waitingFor.has(match)) {
      const state = termById(match.termId)?.stateCode;
      if (state) named.add(state);
    }
  }
  return found.filter((match) => {
    const state = waitingFor.get(match);
    return state === undefined || named.has(state);
  });
}
