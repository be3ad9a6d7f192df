/** Looking up the glossary by the lexicon term it explains. */
import type { GlossaryEntry } from '@/data/checked-types';
import { GLOSSARY } from './glossary';

const byTerm = new Map(GLOSSARY.map((g) => [g.termId, g]));

export function glossaryFor(termId: string): GlossaryEntry | undefined {
  return byTerm.get(termId);
}
