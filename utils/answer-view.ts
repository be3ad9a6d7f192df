/**
 * What every surface shows for one answer: the entry plus everything needed to attribute it
 * (document title, state, topic, question number, origin page) and to say how far to trust it.
 */
import type { AnswerReview } from '@/data/checked-types';
import { TOPIC_LABELS, type EntryLabel, type StoredEntry } from './document-types';
import { toReviewView, type ReviewView } from './review';

export interface AnswerView
  extends Pick<
    StoredEntry,
    | 'id' | 'docId' | 'docTitle' | 'stateCode' | 'stateName' | 'topic' | 'number' | 'question'
    | 'theme' | 'scope' | 'blocks' | 'text' | 'labels' | 'source' | 'citations'
  > {
  topicLabel: string;
  origin?: string;
  /** The project's review of the answer's claims; absent for imported documents (not reviewed). */
  review?: ReviewView;
}

/**
 * The review's contradictions join the heuristic "contradicted" label, so one label links every
 * answer that says the opposite, both ways.
 */
function withReviewedContradictions(labels: readonly EntryLabel[], review: AnswerReview | undefined): EntryLabel[] {
  const reviewed = review?.contradicts ?? [];
  if (!reviewed.length) return [...labels];
  const existing = labels.find((l) => l.kind === 'contradicted');
  const related = [...new Set([...(existing?.related ?? []), ...reviewed])].sort((a, b) => a - b);
  const label: EntryLabel = {
    kind: 'contradicted',
    explanation: existing?.explanation ?? 'Another answer in the same document says the opposite.',
    related,
  };
  return [...labels.filter((l) => l.kind !== 'contradicted'), label];
}

export function toAnswerView(entry: StoredEntry, origin: string | undefined, review?: AnswerReview): AnswerView {
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
    labels: withReviewedContradictions(entry.labels, review),
    source: entry.source,
    citations: entry.citations,
    origin,
    review: review ? toReviewView(review) : undefined,
  };
}

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
