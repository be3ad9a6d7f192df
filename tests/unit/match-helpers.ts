/** Shared by the matcher's tests: runs matchTerms and checks what every result must keep. */
import { expect } from 'vitest';
import { matchTerms, type MatchOptions, type TermMatch } from '@/utils/match-terms';

/** Runs the matcher and checks the invariants every result must keep: offsets, order, no overlap. */
export function find(text: string, lang: MatchOptions['lang'] = 'en', contextStates?: string[]): TermMatch[] {
  const found = matchTerms(text, { lang, contextStates });
  let last = 0;
  for (const m of found) {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.start).toBeGreaterThanOrEqual(last);
    last = m.end;
  }
  return found;
}

/** "matched text → term id" pairs, the shape most assertions read best in. */
export const hits = (text: string, lang?: MatchOptions['lang'], contextStates?: string[]) =>
  find(text, lang, contextStates).map((m) => `${m.text} → ${m.termId}`);

export const ids = (text: string, lang?: MatchOptions['lang'], contextStates?: string[]) =>
  find(text, lang, contextStates).map((m) => m.termId);
