/**
 * The background's in-memory copy of the index, loaded from IndexedDB once per service-worker
 * life and dropped when documents change.
 */
import type { AnswerView } from '@/utils/answer-view';
import type { StoredDocument } from '@/utils/document-types';
import { loadAnswerViews } from '@/utils/storage/answers';
import type { LensDatabase } from '@/utils/storage/database';

export interface AnswerIndex {
  answers: AnswerView[];
  documents: StoredDocument[];
  coveredStates: Set<string>;
}

export function createAnswerIndex(db: LensDatabase, ready: Promise<unknown>) {
  let cached: Promise<AnswerIndex> | undefined;

  async function load(): Promise<AnswerIndex> {
    await ready;
    const { answers, documents } = await loadAnswerViews(db);
    return { answers, documents, coveredStates: new Set(documents.map((d) => d.stateCode)) };
  }

  return {
    get(): Promise<AnswerIndex> {
      cached ??= load().catch((error: unknown) => {
        cached = undefined;
        throw error;
      });
      return cached;
    },
    invalidate(): void {
      cached = undefined;
    },
  };
}
