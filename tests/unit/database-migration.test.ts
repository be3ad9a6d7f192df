import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { BUNDLED_DOCUMENTS } from '@/data/documents';
import { parseDocument } from '@/utils/parse-document';
import { indexDocument } from '@/utils/index-document';
import { loadAnswerViews } from '@/utils/storage/answers';
import { LensDatabase, SCHEMA_V1 } from '@/utils/storage/database';
import { indexBundledDocuments, META_DATA_VERSION, bundledDataVersion, seedBundledDocuments } from '@/utils/storage/seed';
import { freshDbName } from './helpers';

/** Writes a database exactly as version 1 of the extension did: bundled documents plus one import. */
async function writeVersion1(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA_V1);
  const bundled = indexBundledDocuments(BUNDLED_DOCUMENTS, 1000);
  const parsed = parseDocument(BUNDLED_DOCUMENTS[2].text.replace(/Maine/g, 'Oregon'));
  if (!parsed.ok) throw new Error(parsed.error.reason);
  const imported = indexDocument({ ...parsed.document, id: 'or-dmv-data-sharing-imported-abc' }, 'imported', 2000);
  // v1 entries of imported documents were written before entries carried a source of their own.
  const importedEntries = imported.entries.map(({ source: _s, ...e }) => ({ ...e, docId: imported.document.id, id: `${imported.document.id}#${e.number}` }));
  await v1.table('documents').bulkAdd([...bundled.documents, { ...imported.document, id: imported.document.id }]);
  await v1.table('entries').bulkAdd([...bundled.entries, ...importedEntries]);
  await v1.table('meta').bulkAdd([
    { key: META_DATA_VERSION, value: await bundledDataVersion(BUNDLED_DOCUMENTS) },
    { key: 'replacedBundledDocuments', value: {} },
  ]);
  v1.close();
  return imported.document.id;
}

describe('database schema migration', () => {
  it('opens a version 1 database with nothing lost and the new indexes usable', async () => {
    const name = freshDbName();
    const importedId = await writeVersion1(name);
    const db = new LensDatabase(name);
    await db.open();
    expect(db.verno).toBe(2);
    expect(await db.documents.count()).toBe(6);
    expect(await db.entries.count()).toBe(120);
    // The upgrade gave old imported entries their document's source.
    expect(await db.entries.where('source').equals('imported').count()).toBe(20);
    expect((await db.documents.orderBy('addedAt').last())?.id).toBe(importedId);
    const { answers } = await loadAnswerViews(db);
    expect(answers.filter((a) => a.stateCode === 'OR')).toHaveLength(20);
    db.close();
  });

  it('keeps imported documents through an update of the bundled documents after the upgrade', async () => {
    const name = freshDbName();
    const importedId = await writeVersion1(name);
    const db = new LensDatabase(name);
    const result = await seedBundledDocuments(db, BUNDLED_DOCUMENTS.slice(0, 4));
    expect(result.seeded).toBe(true);
    expect(await db.documents.get(importedId)).toBeDefined();
    expect(await db.entries.where('docId').equals(importedId).count()).toBe(20);
    expect(await db.documents.where('source').equals('bundled').count()).toBe(4);
    db.close();
  });
});
