/**
 * Turns a parsed document into what the index stores: one document row and one row per answer,
 * each answer carrying its facets and labels. Bundled and imported documents go through the same
 * path, so an imported document gets the same warnings as the seeds.
 */
import type { DocumentSource, ParsedDocument, StoredDocument, StoredEntry } from './document-types';
import { computeFacets } from './facets';
import { computeLabels } from './labels';

export function indexDocument(
  doc: ParsedDocument,
  source: DocumentSource,
  now: number = Date.now(),
): { document: StoredDocument; entries: StoredEntry[] } {
  const faceted = doc.entries.map((entry) => ({ ...entry, ...computeFacets(entry, doc) }));
  const labels = computeLabels(faceted, doc);

  const document: StoredDocument = {
    id: doc.id,
    title: doc.title,
    category: doc.category,
    stateCode: doc.state.code,
    stateName: doc.state.name,
    topic: doc.topic,
    ...(doc.origin ? { origin: doc.origin } : {}),
    source,
    entryCount: doc.entries.length,
    addedAt: now,
  };

  const entries: StoredEntry[] = faceted.map((entry) => ({
    ...entry,
    id: `${doc.id}#${entry.number}`,
    docId: doc.id,
    docTitle: doc.title,
    stateCode: doc.state.code,
    stateName: doc.state.name,
    topic: doc.topic,
    source,
    labels: labels.get(entry.number) ?? [],
  }));

  return { document, entries };
}
