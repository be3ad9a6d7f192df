/** Real documents, indexed as the background does, for tests of ranking, search and summaries. */
import { BUNDLED_DOCUMENTS } from '@/data/documents';
import { reviewFor } from '@/data/answer-reviews';
import { toAnswerView, type AnswerView } from '@/utils/answer-view';
import { indexBundledDocuments } from '@/utils/storage/seed';

let cached: AnswerView[] | undefined;

export function bundledAnswers(): AnswerView[] {
  cached ??= indexBundledDocuments(BUNDLED_DOCUMENTS, 0).entries.map((e) =>
    toAnswerView(e, undefined, reviewFor(e.docId, e.number)),
  );
  return cached;
}

let dbCounter = 0;
export const freshDbName = () => `test-${process.pid}-${++dbCounter}-${Math.random().toString(36).slice(2)}`;
