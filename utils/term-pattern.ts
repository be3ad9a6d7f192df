/**
 * Turns the lexicon's compact forms into the spellings a page may use, and those spellings into one
 * regular-expression alternation. The alternation is a prefix tree, so at each position the engine
 * follows one branch per character instead of trying every spelling in turn (PERF-NOTES.md: the
 * matcher runs on every text node of a page).
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

/** Words a title-cased headline keeps lowercase ("Orden de Retención Migratoria"). */
const MINOR_WORDS = new Set(['a', 'an', 'and', 'de', 'del', 'for', 'in', 'of', 'on', 'or', 'para', 'the', 'to', 'y']);

const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * The casings a spelling is matched in. Names and acronyms keep their case (so "ice" and "Ice" are
 * not ICE) but may be shouted in a headline; plain phrases may start a sentence or sit in a title.
 * Spanish pages often drop accents ("Nuevo Mexico"), so those spellings are added too.
 */
export function spellings(spelling: string, lang: 'en' | 'es'): string[] {
  const out = new Set([spelling, spelling.toUpperCase()]);
  if (!/[A-Z]/.test(spelling)) {
    out.add(capitalise(spelling));
    out.add(spelling.split(' ').map((w, i) => (i > 0 && MINOR_WORDS.has(w) ? w : capitalise(w))).join(' '));
  }
  if (lang === 'es') {
    for (const s of [...out]) out.add(s.normalize('NFD').replace(/[\u0300-\u036f]/g, ''));
  }
  return [...out];
}

const REGEX_SYNTAX = '.*+?^$\\{}()|[]/-';

/** One regex token per character: any whitespace run for a space, either apostrophe for "'". */
function tokens(spelling: string): string[] {
  return Array.from(spelling, (ch) => {
    if (ch === ' ') return '\\s+';
    if (ch === "'" || ch === '\u2019') return "['\u2019]";
    return REGEX_SYNTAX.includes(ch) ? `\\${ch}` : ch;
  });
}

interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
}

/**
 * A regex source matching exactly the given spellings, longest first where one extends another
 * ("New Mexicans" before "New Mexico"), so the first match at a position is the longest.
 */
export function alternation(spellingList: Iterable<string>): string {
  const root: TrieNode = { next: new Map(), end: false };
  for (const spelling of spellingList) {
    let node = root;
    for (const token of tokens(spelling)) {
      let child = node.next.get(token);
      if (!child) node.next.set(token, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const branches = [...node.next].map(([token, child]) => token + emit(child));
    if (branches.length === 0) return '';
    const body = branches.join('|');
    // A greedy optional group tries the longer spelling first and falls back to the shorter one.
    if (node.end) return `(?:${body})?`;
    return branches.length === 1 ? body : `(?:${body})`;
  };
  return emit(root);
}
