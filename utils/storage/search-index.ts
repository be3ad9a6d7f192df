/**
 * The popup's search index, built once per change of the documents and kept in IndexedDB, so
 * opening the popup parses a stored index instead of rebuilding it.
 */
import { stateByCode } from '@/data/states';
import { createSearch, toSearchRecord, type AnswerSearch, type SearchRecord, type SerializedSearchIndex } from '../search';
import type { AnswerView } from '../answer-view';
import type { LensDatabase } from './database';
import { indexSignature, loadAnswerViews, type LoadedIndex } from './answers';

const META_SEARCH_INDEX = 'searchIndex';

interface StoredSearchIndex {
  signature: string;
  records: SearchRecord[];
  index: SerializedSearchIndex;
}

export interface LoadedSearch extends LoadedIndex {
  engine: AnswerSearch;
  byId: Map<string, AnswerView>;
  /** Whether the stored index was used (false: built now and stored). */
  fromCache: boolean;
}

function aliasesOf(code: string): string[] {
  const s = stateByCode(code);
  return s ? [s.ap ?? '', s.spanish ?? '', ...s.demonyms].filter(Boolean) : [];
}

export async function loadSearch(db: LensDatabase): Promise<LoadedSearch> {
  const loaded = await loadAnswerViews(db);
  const signature = indexSignature(loaded.documents);
  const byId = new Map(loaded.answers.map((a) => [a.id, a]));
  const stored = await db.getMeta<StoredSearchIndex>(META_SEARCH_INDEX);
  if (stored?.signature === signature) {
    return { ...loaded, byId, engine: createSearch(stored.records, stored.index), fromCache: true };
  }
  const records = loaded.answers.map((a) => toSearchRecord(a, aliasesOf(a.stateCode)));
  const engine = createSearch(records);
  const value: StoredSearchIndex = { signature, records, index: engine.toJSON() };
  await db.meta.put({ key: META_SEARCH_INDEX, value }).catch(() => undefined);
  return { ...loaded, byId, engine, fromCache: false };
}
