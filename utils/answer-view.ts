/**
 * What every surface shows for one answer: the entry plus everything needed to attribute it
 * (document title, state, topic, question number, origin page) and to say how far to trust it.
 */
import type { FactCheckNote } from '@/data/fact-checks';
import { TOPIC_LABELS, type StoredEntry } from './document-types';

export interface AnswerView
  extends Pick<
    StoredEntry,
    | 'id' | 'docId' | 'docTitle' | 'stateCode' | 'stateName' | 'topic' | 'number' | 'question'
    | 'theme' | 'scope' | 'blocks' | 'text' | 'labels' | 'source' | 'citations'
  > {
  topicLabel: string;
  origin?: string;
  factChecks: FactCheckNote[];
}

export function toAnswerView(entry: StoredEntry, origin: string | undefined, factChecks: FactCheckNote[]): AnswerView {
  return {
    id: entry.id,
    docId: entry.docId,
    docTitle: entry.docTitle,
    stateCode: entry.stateCode,
    stateName: entry.stateName,
    topic: entry.topic,
    topicLabel: TOPIC_LABELS[entry.topic],
    number: entry.number,
    question: entry.question,
    theme: entry.theme,
    scope: entry.scope,
    blocks: entry.blocks,
    text: entry.text,
    labels: entry.labels,
    source: entry.source,
    citations: entry.citations,
    origin,
    // Problems first: a disputed claim is what a reader must not miss.
    factChecks: [...factChecks].sort((x, y) => VERDICT_ORDER.indexOf(x.verdict) - VERDICT_ORDER.indexOf(y.verdict)),
  };
}

const VERDICT_ORDER = ['disputed', 'unverified', 'confirmed'];

/** "New Mexico · DMV data sharing · Q1": the short attribution shown on every answer. */
export function attribution(answer: Pick<AnswerView, 'stateName' | 'topicLabel' | 'number'>): string {
  return `${answer.stateName} · ${answer.topicLabel} · Q${answer.number}`;
}

/** The first `max` characters of the answer, cut at a word boundary. */
export function excerpt(text: string, max = 220): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(' ', max);
  return `${text.slice(0, cut > max * 0.6 ? cut : max).trimEnd()}…`;
}
