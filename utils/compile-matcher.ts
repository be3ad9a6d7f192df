/**
 * Compiles the lexicon into what the content script matches with: one regex source and the table
 * from a matched spelling to its term and rule. Runs at build time (scripts/gen-matcher.mjs writes
 * the result to data/generated/term-matcher.ts), so pages receive strings, not the lexicon and the
 * code that expands it, and the first scan of a page no longer expands ~760 spellings into a
 * prefix tree (with compiling the pattern, ~8 ms: BENCHMARKS.md).
 */
import { STATES } from '@/data/states';
import { TERMS, TERM_FORMS, type FormRule, type Term } from '@/data/lexicon';
import { alternation, expandForm, spellings } from '@/utils/term-pattern';
import { spellingKey, WORD_LETTER } from '@/utils/spelling-key';

/**
 * Spellings that share one term and one rule: `keys` joins them with KEY_SEPARATOR. A null term is
 * a blocked phrase, matched so that the name inside it is not, then dropped.
 */
export type CompiledEntry = readonly [termId: string | null, rule: FormRule | null, keys: string];

export interface CompiledMatcher {
  /**
   * The pattern (flag 'g'). Group 1 is a spelling, looked up in `entries` folded as matchKey folds;
   * group 2 the postal code of a party label ("D-CA"); group 3 a postal code after "Place, "
   * ("Albuquerque, NM"); group 4 a spelling that starts with a digit ("287(g)"), read back from
   * its first letter, where that match starts.
   */
  source: string;
  entries: readonly CompiledEntry[];
}

/**
 * Joins the keys of a CompiledEntry: no spelling holds one, as "|" only separates alternatives in
 * the lexicon's forms. A type, so that utils/match-terms.ts, which splits them, agrees without
 * importing this file (and through it the lexicon).
 */
export type KeySeparator = '|';
const KEY_SEPARATOR: KeySeparator = '|';

/** A term as a row, '' for a field it leaves out (utils/term-table.ts makes it a Term again). */
export type CompiledTerm = readonly [
  id: string,
  kind: Term['kind'],
  label: string,
  stateCode: string,
  topic: NonNullable<Term['topic']> | '',
  lang: NonNullable<Term['lang']> | '',
];

/** Phrases that contain a state's name but are something else; the matcher consumes them and drops them. */
export const BLOCKED_PHRASES = [
  'Baja California{ Sur|}', // Mexican states
  'Florida Georgia Line', // a band
  'Republic of Georgia',
  'Santa Fe New Mexican', // a newspaper
  'New York Is a City', // a column title
];

/** The states' postal codes as a regex alternation ("AL|AK|…"). */
export const postalCodes = () => STATES.map((s) => s.code).join('|');

/** The matcher for pages in these languages: English pages get ['en'], Spanish ones ['en', 'es']. */
export function compileMatcher(langs: readonly ('en' | 'es')[]): CompiledMatcher {
  const owners = new Map<string, { termId: string | null; rule: FormRule | null }>();
  const all: string[] = [];
  const put = (form: string, lang: 'en' | 'es', termId: string | null, rule: FormRule | null) => {
    for (const spelling of expandForm(form)) {
      for (const variant of spellings(spelling, lang)) {
        const key = spellingKey(variant);
        // The first form listed for a spelling keeps it; the lexicon avoids sharing spellings.
        if (!owners.has(key)) owners.set(key, { termId, rule });
        all.push(variant);
      }
    }
  };
  for (const phrase of BLOCKED_PHRASES) put(phrase, 'en', null, null);
  for (const f of TERM_FORMS) if (langs.includes(f.lang)) put(f.text, f.lang, f.termId, f.rule ?? null);

  // Measured in V8 over the saved news pages: a native \b plus a one-character lookahead of the
  // letters a spelling can start with lets the engine skip most positions before the big
  // alternation, about 2× faster than a lookbehind boundary. \b is ASCII-only, so Spanish, with
  // spellings such as "órdenes", pays for the lookbehind.
  //
  // Every branch starts with a letter. With one branch that may start with a digit or a comma the
  // engine no longer rejects spaces, digits and punctuation with its cheap first check, and the
  // same pattern cost 2–3× as much on text nodes without a term (Chromium 156; BENCHMARKS.md).
  // So a code after a comma is found at the code, with the comma behind it, and a spelling that
  // starts with a digit at its first letter, the whole spelling looked for behind it ("287(g)":
  // found at "g", group 4 holds "287(g)").
  const wordLed = all.filter((s) => /^\p{L}/u.test(s));
  const digitLed = all.filter((s) => !/^\p{L}/u.test(s));
  const codeStarts = postalCodes().split('|').map((c) => c[0]);
  const starts = new Set(wordLed.map((s) => s[0]).concat(['D', 'R', 'I'], codeStarts));
  const guard = `(?=[${[...starts].join('').replace(/[\]\\^-]/g, '\\$&')}])`;
  const edge = langs.includes('es') ? `(?<![${WORD_LETTER}])` : '\\b';
  const end = `(?![${WORD_LETTER}])`;
  const tail = `(?:['\u2019][sS])?(?![${WORD_LETTER}]|\\.\\w)`;
  const fromLetter = digitLed.map((s) => {
    const letter = s.search(/[A-Za-z]/);
    if (letter < 0) throw new Error(`The spelling "${s}" has no letter to find it by`);
    return s.slice(letter);
  });
  const source =
    `${edge}${guard}(?:(${alternation(wordLed)})${tail}` +
    // A party label "(D-CA)" (acceptPostalCode checks the rest).
    `|[DRI]-(${postalCodes()})${end}` +
    `|(?<=,[ \u00A0]?)(${postalCodes()})${end})` +
    (digitLed.length ? `|(?:${alternation(fromLetter)})(?<=${edge}(${alternation(digitLed)}))${tail}` : '');

  // One row per term and rule, in the order first met: far fewer bytes than a row per spelling.
  const groups = new Map<string, { termId: string | null; rule: FormRule | null; keys: string[] }>();
  for (const [key, { termId, rule }] of owners) {
    const group = `${termId ?? ''} ${rule ?? ''}`;
    if (!groups.has(group)) groups.set(group, { termId, rule, keys: [] });
    if (key.includes(KEY_SEPARATOR)) throw new Error(`The spelling "${key}" holds the key separator`);
    groups.get(group)!.keys.push(key);
  }
  const entries = [...groups.values()].map(({ termId, rule, keys }): CompiledEntry => [termId, rule, keys.join(KEY_SEPARATOR)]);
  return { source, entries };
}

/** The terms, for looking one up by id where the lexicon is not loaded. */
export function compileTerms(terms: readonly Term[] = TERMS): CompiledTerm[] {
  return terms.map((t) => [t.id, t.kind, t.label, t.stateCode ?? '', t.topic ?? '', t.lang ?? '']);
}

/**
 * Acronym forms of the lexicon other than ICE ("DHS", "MVD", "CLETS"): the ICE rule reads them as
 * agencies next to ICE, not as a shouted headline.
 */
export function formAcronyms(): string[] {
  const out = new Set<string>();
  for (const f of TERM_FORMS) {
    const acronym = /^[A-Z]{2,}(?=\{|$)/.exec(f.text)?.[0];
    if (acronym && acronym !== 'ICE') out.add(acronym);
  }
  return [...out];
}
