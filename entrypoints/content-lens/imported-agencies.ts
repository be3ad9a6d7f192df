/**
 * The agencies of imported states (published with coverage, utils/agency-names.ts), matched on
 * the page as that state's agency terms. The lexicon's regex is built into the bundle and cannot
 * know them, so they get one small regex of their own, run only on text where the lexicon already
 * matched: a name counts only where its state is named in the same text, as the lexicon's shared
 * names do ("Colorado’s Division of Motor Vehicles"); a name that holds its state's name names it
 * itself ("Oregon Department of Justice").
 */
import type { Term } from '@/utils/term-table';
import type { ImportedAgency } from '@/utils/agency-names';
import type { TermMatch } from '@/utils/match-terms';

export interface ImportedAgencyMatcher {
  terms: Map<string, Term>;
  /** `found` (the lexicon's matches in `text`) with the agencies merged in: a name wins over the terms inside it. */
  add(text: string, found: TermMatch[]): TermMatch[];
}

export function importedAgencyMatcher(agencies: readonly ImportedAgency[]): ImportedAgencyMatcher | undefined {
  if (!agencies.length) return undefined;
  const terms = new Map<string, Term>();
  const byName = new Map<string, ImportedAgency>();
  for (const a of agencies) {
    terms.set(a.id, { ...a, kind: 'agency' });
    byName.set(a.label, a);
  }
  const names = [...byName.keys()].sort((x, y) => y.length - x.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
  const regex = new RegExp(`\\b(?:${names.join('|')})\\b`, 'g');

  return {
    terms,
    add(text, found) {
      const added: TermMatch[] = [];
      for (const m of text.matchAll(regex)) {
        const { id, stateCode } = byName.get(m[0].replace(/\s+/g, ' '))!;
        const state = `state:${stateCode}`;
        const start = m.index;
        // "the Arizona Division of Motor Vehicles": another state's agency of the same name.
        const before = found.find((f) => f.termId.startsWith('state:') && /^\s+$/.test(text.slice(f.end, start)));
        if ((before && before.termId !== state) || !found.some((f) => f.termId === state)) continue;
        added.push({ start, end: start + m[0].length, termId: id, text: m[0] });
      }
      if (!added.length) return found;
      return [...found.filter((f) => !added.some((a) => a.start < f.end && f.start < a.end)), ...added].sort((a, b) => a.start - b.start);
    },
  };
}
