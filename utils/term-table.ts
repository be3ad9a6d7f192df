/**
 * The lexicon's terms by id, read from the table generated at build time
 * (data/generated/term-matcher.ts): code that runs in a page looks terms up here, so it carries
 * neither data/lexicon.ts nor the code that expands its forms.
 */
import type { Term } from '@/data/lexicon';
import { termTable } from '@/data/generated/term-matcher';
import type { CompiledTerm } from '@/utils/compile-matcher';

export type { Term, TermKind, TermTopic } from '@/data/lexicon';

/** Back from a CompiledTerm to the lexicon's Term, without the fields it leaves out. */
function expandTerm([id, kind, label, stateCode, topic, lang]: CompiledTerm): Term {
  const term: Term = { id, kind, label };
  if (stateCode) term.stateCode = stateCode;
  if (topic) term.topic = topic;
  if (lang) term.lang = lang;
  return term;
}

/** Built on the first lookup: the lens looks terms up only once something matched. */
let byId: Map<string, Term> | undefined;

export function termById(id: string): Term | undefined {
  byId ??= new Map(termTable().map((row) => [row[0], expandTerm(row)]));
  return byId.get(id);
}
