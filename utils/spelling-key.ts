/**
 * What the matcher built at build time (utils/compile-matcher.ts) and the one running in pages
 * (utils/match-terms.ts) must agree on. A file of its own: the runtime cannot import the compiler
 * without the lexicon.
 */

/** The key a spelling is looked up by: case and whitespace folded, apostrophes made straight. */
export const spellingKey = (s: string) => s.replace(/\s+/g, ' ').replace(/\u2019/g, "'").toLowerCase();

/** The characters that continue a word, for the matcher's edges (Latin letters with accents too). */
export const WORD_LETTER = String.raw`\w\u00C0-\u024F`;
