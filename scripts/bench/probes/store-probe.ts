/**
 * Store probe for `npm run bench`: evaluated in an extension page (popup.html opened as a tab),
 * so IndexedDB, Dexie and Fuse.js run in the extension's origin, as in the popup and the options
 * page. Works on databases of its own ("dsl-bench-*"), never on the extension's.
 *
 * The synthetic documents vary the five bundled ones across states and topics: the state's name
 * is replaced throughout and the title names the target topic, so every text parses and indexes
 * like a real import (and gets the same facets and labels).
 */
import { BUNDLED_DOCUMENTS } from '@/data/documents';
import { STATES } from '@/data/states';
import { importItems, planImport, type Decision, type ImportInput } from '@/utils/import-documents';
import { parseDocument } from '@/utils/parse-document';
import { searchAnswers } from '@/utils/search';
import { LensDatabase } from '@/utils/storage/database';
import { storeImport } from '@/utils/storage/import';
import { loadSearch } from '@/utils/storage/search-index';
import { indexBundledDocuments, seedBundledDocuments } from '@/utils/storage/seed';

const TOPIC_TITLES = ['DMV Data Sharing', 'Court Information Sharing'];
const now = () => performance.now();

/** What each bundled document is about, read from its own title by the real parser. */
const BASES = BUNDLED_DOCUMENTS.map((b) => {
  const parsed = parseDocument(b.text);
  if (!parsed.ok) throw new Error(`${b.file} does not parse`);
  return { text: b.text, stateName: parsed.document.state.name };
});

function variant(base: (typeof BASES)[number], stateName: string, topicTitle: string): string {
  const renamed = base.text.split(base.stateName).join(stateName);
  return renamed.replace(/^State (.+?) With ICE in /m, `State ${topicTitle} With ICE in `);
}

/**
 * `count` synthetic documents in rounds of one per state and topic (102 per round), each round
 * from a different bundled text, so no two share a text and no round repeats a subject (the import
 * planner refuses two texts for one state and topic in one batch). Returns the rounds.
 */
export function syntheticBatches(count: number): ImportInput[][] {
  const batches: ImportInput[][] = [];
  for (let n = 0, round = 0; n < count; round++) {
    const batch: ImportInput[] = [];
    for (const [si, state] of STATES.entries()) {
      for (const [ti, topicTitle] of TOPIC_TITLES.entries()) {
        if (n >= count) break;
        const base = BASES[(round + si + ti) % BASES.length];
        batch.push({ name: `synthetic-${round}-${state.code}-${ti}.txt`, text: variant(base, state.name, topicTitle) });
        n++;
      }
    }
    batches.push(batch);
  }
  return batches;
}

async function freshDatabase(name: string): Promise<LensDatabase> {
  await LensDatabase.delete(name);
  const db = new LensDatabase(name);
  await db.open();
  return db;
}

/** Install-time seeding on an empty database: parse + index, then the one transaction. */
export async function seed(runs: number): Promise<{ indexMs: number[]; totalMs: number[]; entries: number }> {
  const indexMs: number[] = [];
  const totalMs: number[] = [];
  let entries = 0;
  for (let i = 0; i < runs; i++) {
    let t0 = now();
    indexBundledDocuments(BUNDLED_DOCUMENTS);
    indexMs.push(now() - t0);
    const db = await freshDatabase('dsl-bench-seed');
    t0 = now();
    entries = (await seedBundledDocuments(db, BUNDLED_DOCUMENTS)).entries;
    totalMs.push(now() - t0);
    db.close();
  }
  await LensDatabase.delete('dsl-bench-seed');
  return { indexMs, totalMs, entries };
}

export interface ImportTiming {
  documents: number;
  batches: number;
  planMs: number;
  storeMs: number;
  entriesAfter: number;
  rejected: number;
}

/**
 * A database with the bundled index plus `count` imported documents, imported through the options
 * page's path (planImport → importItems with "keep both" → storeImport), timed.
 */
export async function buildIndex(name: string, count: number): Promise<ImportTiming> {
  const db = await freshDatabase(name);
  await seedBundledDocuments(db, BUNDLED_DOCUMENTS);
  let planMs = 0;
  let storeMs = 0;
  let rejected = 0;
  const batches = syntheticBatches(count);
  for (const batch of batches) {
    const existing = await db.documents.toArray();
    let t0 = now();
    // No pauses between slices: measure the work, not the page's breathing room.
    const plan = await planImport(batch, existing, { pause: async () => undefined });
    const decisions: Record<string, Decision> = {};
    for (const f of plan.files) if (f.status === 'accepted' && f.conflict) decisions[f.document.id] = 'keep-both';
    else if (f.status === 'rejected') rejected++;
    const items = importItems(plan, decisions);
    planMs += now() - t0;
    t0 = now();
    await storeImport(db, items);
    storeMs += now() - t0;
  }
  const entriesAfter = await db.entries.count();
  db.close();
  return { documents: count, batches: batches.length, planMs, storeMs, entriesAfter, rejected };
}

let current: Awaited<ReturnType<typeof loadSearch>> | undefined;

/**
 * The index build (no stored index) and load (stored index) as the popup does them, `runs` times
 * each; keeps the loaded search for `query` and `typed`.
 */
export async function openSearch(name: string, runs: number): Promise<{ entries: number; buildMs: number[]; loadMs: number[] }> {
  const db = new LensDatabase(name);
  const buildMs: number[] = [];
  const loadMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    await db.meta.delete('searchIndex');
    let t0 = now();
    current = await loadSearch(db);
    buildMs.push(now() - t0);
    if (current.fromCache) throw new Error('expected a fresh build');
    t0 = now();
    current = await loadSearch(db);
    loadMs.push(now() - t0);
    if (!current.fromCache) throw new Error('expected the stored index');
  }
  db.close();
  return { entries: current!.answers.length, buildMs, loadMs };
}

/** One query `runs` times, as the popup runs it (all states and topics, 40 results). */
export function query(q: string, runs: number): { ms: number[]; hits: number } {
  const { engine, byId } = current!;
  const ms: number[] = [];
  let hits = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = now();
    hits = searchAnswers(engine, byId, q, {}, 40).length;
    ms.push(now() - t0);
  }
  return { ms, hits };
}

/** Every prefix of a query from two characters on: the popup searches on each keystroke. */
export function typed(q: string): number[] {
  const out: number[] = [];
  for (let len = 2; len <= q.length; len++) out.push(query(q.slice(0, len), 1).ms[0]);
  return out;
}

export async function cleanup(names: string[]): Promise<void> {
  for (const name of names) await LensDatabase.delete(name);
}
