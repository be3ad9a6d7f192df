/**
 * The project's review of every bundled answer (100 of 100), one file per document. Reviews are
 * written for the bundled texts only: an imported document with the same state and topic is a
 * different text and gets none.
 */
import type { AnswerReview } from '@/data/checked-types';
import { CA_DMV_REVIEWS } from './ca-dmv';
import { ME_DMV_REVIEWS } from './me-dmv';
import { MN_DMV_REVIEWS } from './mn-dmv';
import { NM_COURTS_REVIEWS } from './nm-courts';
import { NM_DMV_REVIEWS } from './nm-dmv';

export const ANSWER_REVIEWS: readonly AnswerReview[] = [
  ...NM_DMV_REVIEWS,
  ...NM_COURTS_REVIEWS,
  ...CA_DMV_REVIEWS,
  ...ME_DMV_REVIEWS,
  ...MN_DMV_REVIEWS,
];

const byKey = new Map(ANSWER_REVIEWS.map((r) => [`${r.docId}#${r.question}`, r]));

export function reviewFor(docId: string, question: number): AnswerReview | undefined {
  return byKey.get(`${docId}#${question}`);
}
