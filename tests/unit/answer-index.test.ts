/**
 * The background's index reads the answers beside the seeding check, so a worker's first lookup
 * waits for one round of IndexedDB. That read must never serve what a re-seed replaced.
 */
import { describe, expect, it } from 'vitest';
import { BUNDLED_DOCUMENTS, type BundledDocument } from '@/data/documents';
import { createAnswerIndex } from '@/entrypoints/background/answer-index';
import { LensDatabase } from '@/utils/storage/database';
import { seedBundledDocuments } from '@/utils/storage/seed';
import { freshDbName } from './helpers';

/** The bundled set as a new version of the extension might ship it: one document's text changed. */
const renamed = (from: string, to: string): BundledDocument[] =>
  BUNDLED_DOCUMENTS.map((d) => (d.file === 'maine-dmv.txt' ? { ...d, text: d.text.replaceAll(from, to) } : d));

describe('the answer index at a worker start', () => {
  it('asked before the seeding check ends, it answers from the stored index when nothing is re-seeded', async () => {
    const name = freshDbName();
    await seedBundledDocuments(new LensDatabase(name), BUNDLED_DOCUMENTS);
    const db = new LensDatabase(name);
    const ready = seedBundledDocuments(db, BUNDLED_DOCUMENTS);
    const index = createAnswerIndex(db, ready);
    const loaded = await index.get();
    expect((await ready).seeded).toBe(false);
    expect(loaded.answers).toHaveLength(100);
    expect(loaded.coveredStates).toEqual(new Set(['CA', 'ME', 'MN', 'NM']));
  });

  it('asked before a re-seed, it answers with the new documents, not the ones the re-seed replaced', async () => {
    const name = freshDbName();
    await seedBundledDocuments(new LensDatabase(name), BUNDLED_DOCUMENTS);
    const db = new LensDatabase(name);
    const update = renamed('Bureau of Motor Vehicles', 'Bureau of Motor Vehicles (updated)');
    const ready = seedBundledDocuments(db, update);
    const index = createAnswerIndex(db, ready);
    // Asked at once, as the worker's start does: the read is queued before the re-seed writes.
    const loaded = await index.get();
    expect((await ready).seeded).toBe(true);
    const maine = loaded.answers.filter((a) => a.stateCode === 'ME');
    expect(maine).toHaveLength(20);
    expect(maine.some((a) => a.text.includes('Bureau of Motor Vehicles (updated)'))).toBe(true);
  });

  it('on a fresh install it answers with the seeded documents, not the empty database', async () => {
    const db = new LensDatabase(freshDbName());
    const ready = seedBundledDocuments(db, BUNDLED_DOCUMENTS);
    const loaded = await createAnswerIndex(db, ready).get();
    expect((await ready).seeded).toBe(true);
    expect(loaded.answers).toHaveLength(100);
  });
});
