/**
 * Turns the lexicon's compact forms into the spellings a page may use, and those spellings into one
 * regular-expression alternation. The alternation is a prefix tree, so at each position the engine
 * follows one branch per character instead of trying every spelling in turn (PERF-NOTES.md: the
 * matcher runs on every text node of a page). Runs at build time (utils/compile-matcher.ts, for
 * data/generated/term-matcher.ts), not in pages.
 */

/** "driver{'s|s} license" → ["driver's license", "drivers license"]. Braces do not nest. */
export function expandForm(form: string): string[] {
  const open = form.indexOf('{');
  if (open < 0) return [form];
  const close = form.indexOf('}', open);
  const head = form.slice(0, open);
  const tails = expandForm(form.slice(close + 1));
  return form
    .slice(open + 1, close)
    .split('|')
    .flatMap((alt) => tails.map((tail) => head + alt + tail));
}

/** Words a title-cased headline keeps lowercase ("Licencia de Conducir"). */
const MINOR_WORDS = new Set(['a', 'an', 'and', 'de', 'del', 'for', 'in', 'of', 'on', 'or', 'para', 'the', 'to', 'y']);

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The casings a spelling is matched in. Names and acronyms keep their case (so "ice" and "Ice" are
 * not ICE); plain phrases may also start a sentence. Headlines shout and title-case short names
 * ("NEW MEXICO", "Driver's License"); longer ones are left out to keep the regex small, as every
 * page the lens runs on compiles it. Spanish pages often drop accents ("Nuevo Mexico").
 */
export function spellings(spelling: string, lang: 'en' | 'es'): string[] {
  const out = new Set([spelling]);
  const short = spelling.split(' ').length <= 3;
  if (short) out.add(spelling.toUpperCase());
  if (!/[A-Z]/.test(spelling)) {
    out.add(capitalise(spelling));
    if (short) out.add(spelling.split(' ').map((w, i) => (i > 0 && MINOR_WORDS.has(w) ? w : capitalise(w))).join(' '));
  }
  if (lang === 'es') {
    for (const s of [...out]) out.add(s.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
  }
  return [...out];
}

const REGEX_SYNTAX = '.*+?^$\\{}()|[]/-';

/** The regex for one character: any whitespace run for a space, either apostrophe for "'". */
function token(ch: string): string {
  if (ch === ' ') return '\\s+';
  if (ch === "'") return "['\u2019]";
  return REGEX_SYNTAX.includes(ch) ? `\\${ch}` : ch;
}

/**
 * A regex source matching exactly the given spellings, as a prefix tree: spellings sharing a start
 * share one branch ("New (?:Mexico|York|…)"), and a spelling that another extends becomes an optional
 * tail tried first, so the first match at a position is the longest ("New Mexicans", not "New Mexico").
 * Built from a sorted list rather than node objects (this ran in pages before the matcher was
 * generated at build time, and a list is still the simpler walk).
 */
export function alternation(spellingList: Iterable<string>): string {
  const sorted = [...new Set(Array.from(spellingList, (s) => s.replace(/\u2019/g, "'")))].sort();
  const emit = (list: string[], depth: number): string => {
    // Sorted, so a spelling that ends here comes first among those sharing this prefix.
    const ends = list[0].length === depth;
    let body = '';
    let count = 0;
    for (let i = ends ? 1 : 0; i < list.length; ) {
      const ch = list[i][depth];
      let j = i + 1;
      while (j < list.length && list[j][depth] === ch) j++;
      body += (count++ ? '|' : '') + token(ch) + emit(list.slice(i, j), depth + 1);
      i = j;
    }
    if (!body) return '';
    // A greedy optional group tries the longer spelling first and falls back to the shorter one.
    if (ends) return `(?:${body})?`;
    return count === 1 ? body : `(?:${body})`;
  };
  return emit(sorted, 0);
}
