/**
 * Reads the index as the surfaces show it: every entry with its attribution and the project's review.
 * Used by the background (ranking) and the extension pages (search, side panel).
 */
import { reviewFor } from '@/data/answer-reviews';
import { toAnswerView, type AnswerView } from '../answer-view';
import type { StoredDocument } from '../document-types';
import type { LensDatabase } from './database';
import { isVisible, readReplacedBundled } from './import';

export interface LoadedIndex {
  answers: AnswerView[];
  documents: StoredDocument[];
}

export async function loadAnswerViews(db: LensDatabase): Promise<LoadedIndex> {
  const [allDocuments, allEntries, replaced] = await db.transaction('r', db.documents, db.entries, db.meta, () =>
    Promise.all([db.documents.toArray(), db.entries.toArray(), readReplacedBundled(db)]),
  );
  // A bundled document the user replaced with an import stays stored (re-seeding rewrites it)
  // but is not shown; see utils/storage/import.ts.
  const documents = allDocuments.filter((d) => isVisible(d, replaced));
  const entries = allEntries.filter((e) => isVisible({ id: e.docId, source: e.source }, replaced));
  const origins = new Map(documents.map((d) => [d.id, d.origin]));
  // Reviews were written for the bundled texts only; an imported document with the same state
  // and topic is a different text.
  const answers = entries
    .map((e) => toAnswerView(e, origins.get(e.docId), e.source === 'bundled' ? reviewFor(e.docId, e.number) : undefined))
    .sort((a, b) => a.stateName.localeCompare(b.stateName) || a.docId.localeCompare(b.docId) || a.number - b.number);
  documents.sort((a, b) => a.stateName.localeCompare(b.stateName) || a.topic.localeCompare(b.topic));
  return { answers, documents };
}

/** Changes whenever a document is added, replaced or removed: the key of any derived cache. */
export function indexSignature(documents: readonly StoredDocument[]): string {
  return documents
    .map((d) => `${d.id}@${d.addedAt}`)
    .sort()
    .join('|');
}
