/**
 * The popup's search index, built once per change of the documents or of the checked data and
 * kept in IndexedDB, so opening the popup parses a stored index instead of rebuilding it.
 */
import { ANSWER_REVIEWS } from '@/data/answer-reviews';
import { GLOSSARY } from '@/data/glossary';
import { COURTS_STATUSES, courtsStatusFor, STATE_STATUSES, statusFor } from '@/data/state-status';
import { STATES, stateByCode } from '@/data/states';
import { glossarySearchRecord, statusSearchRecord } from '../checked-search';
import type { Topic } from '../document-types';
import { createSearch, SEARCH_INDEX_FORMAT, toSearchRecord, type AnswerSearch, type SearchRecord, type SerializedSearchIndex } from '../search';
import type { AnswerView } from '../answer-view';
import type { LensDatabase } from './database';
import { indexSignature, loadAnswerViews, type LoadedIndex } from './answers';
import { bundledDataVersion } from './seed';

const META_SEARCH_INDEX = 'searchIndex';

interface StoredSearchIndex {
  signature: string;
  records: SearchRecord[];
  index: SerializedSearchIndex;
}

/** A search result: one answer, a state's checked status, or a federal term's glossary entry. */
export type SearchItem =
  | { kind: 'answer'; id: string; stateCode: string; topic: Topic; answer: AnswerView }
  | { kind: 'status'; id: string; stateCode: string; stateName: string }
  | { kind: 'glossary'; id: string; termId: string };

export interface LoadedSearch extends LoadedIndex {
  engine: AnswerSearch;
  byId: Map<string, SearchItem>;
  /** Whether the stored index was used (false: built now and stored). */
  fromCache: boolean;
}

function aliasesOf(code: string): string[] {
  const s = stateByCode(code);
  return s ? [s.ap ?? '', s.spanish ?? '', ...s.demonyms].filter(Boolean) : [];
}

let checkedVersion: Promise<string> | undefined;
/** Changes whenever the reviews, statuses or glossary change (they are bundled, not stored). */
function checkedDataVersion(): Promise<string> {
  checkedVersion ??= bundledDataVersion([{ file: 'checked', origin: '', text: JSON.stringify([ANSWER_REVIEWS, STATE_STATUSES, COURTS_STATUSES, GLOSSARY]) }]);
  return checkedVersion;
}

/** Every record the popup searches: the answers, then each state's status, then the glossary. Pure, so tests search what the popup does. */
export function buildSearchRecords(answers: readonly AnswerView[]): SearchRecord[] {
  return [
    ...answers.map((a) => toSearchRecord(a, aliasesOf(a.stateCode))),
    ...STATES.map((s) => statusSearchRecord(s, statusFor(s.code), courtsStatusFor(s.code))),
    ...GLOSSARY.map(glossarySearchRecord),
  ];
}

/** What each record stands for, by id, for turning search hits back into things to show. */
export function buildSearchItems(answers: readonly AnswerView[]): Map<string, SearchItem> {
  const byId = new Map<string, SearchItem>();
  for (const a of answers) byId.set(a.id, { kind: 'answer', id: a.id, stateCode: a.stateCode, topic: a.topic, answer: a });
  for (const s of STATES) byId.set(`status:${s.code}`, { kind: 'status', id: `status:${s.code}`, stateCode: s.code, stateName: s.name });
  for (const g of GLOSSARY) byId.set(`glossary:${g.termId}`, { kind: 'glossary', id: `glossary:${g.termId}`, termId: g.termId });
  return byId;
}

export async function loadSearch(db: LensDatabase): Promise<LoadedSearch> {
  const loaded = await loadAnswerViews(db);
  // The index format is part of the signature: an index stored by an older version is rebuilt.
  const signature = `${indexSignature(loaded.documents)}#${await checkedDataVersion()}#${SEARCH_INDEX_FORMAT}`;
  const byId = buildSearchItems(loaded.answers);
  const stored = await db.getMeta<StoredSearchIndex>(META_SEARCH_INDEX);
  if (stored?.signature === signature) {
    return { ...loaded, byId, engine: createSearch(stored.records, stored.index), fromCache: true };
  }
  const records = buildSearchRecords(loaded.answers);
  const engine = createSearch(records);
  const value: StoredSearchIndex = { signature, records, index: engine.toJSON() };
  await db.meta.put({ key: META_SEARCH_INDEX, value }).catch(() => undefined);
  return { ...loaded, byId, engine, fromCache: false };
}
