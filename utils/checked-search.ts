/**
 * Search records for the project's own checked layer, so the popup finds a state's status
 * ("Texas", "Nlets", "green light law") and a federal term's glossary entry ("287(g)") as well as
 * the documents' answers. Pure: plain data in, plain records out.
 */
import type { CourtsStatus, GlossaryEntry, StateStatus } from '@/data/checked-types';
import type { StateInfo } from '@/data/states';
import { findingsOf } from './checked-status';
import type { SearchRecord } from './search';

export const STATUS_TOPIC = 'What the law says now · checked status';
export const GLOSSARY_TOPIC = 'Federal term · glossary';

export function statusSearchRecord(state: StateInfo, status: StateStatus | undefined, courts?: CourtsStatus): SearchRecord {
  const findings = status ? findingsOf(status).map(({ finding }) => finding.text) : [];
  const laws = [...(status?.laws ?? []), ...(courts?.laws ?? [])];
  return {
    id: `status:${state.code}`,
    question: `What the law says now in ${state.name}`,
    text: [status?.headline, ...findings, courts?.headline, ...(courts?.findings.map((f) => `${f.question} ${f.text}`) ?? []), ...(status?.notCovered ?? [])]
      .filter(Boolean)
      .join(' '),
    state: state.name,
    stateAliases: [state.code, state.ap ?? '', state.spanish ?? '', ...state.demonyms].filter(Boolean).join(' '),
    topic: STATUS_TOPIC,
    citations: laws.map((l) => `${l.name} ${l.citation}`).join(' · '),
    notes: laws.map((l) => l.does).join(' '),
  };
}

export function glossarySearchRecord(entry: GlossaryEntry): SearchRecord {
  return {
    id: `glossary:${entry.termId}`,
    question: `${entry.title.en} · ${entry.title.es}`,
    text: entry.sentences.map((s) => s.en).join(' '),
    state: '',
    stateAliases: '',
    topic: GLOSSARY_TOPIC,
    citations: entry.basis.map((b) => `${b.name} ${b.citation}`).join(' · '),
    // Spanish readers search in Spanish ("orden de retención").
    notes: entry.sentences.map((s) => s.es).join(' '),
  };
}
