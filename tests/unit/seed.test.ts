import { describe, expect, it } from 'vitest';
import { BUNDLED_DOCUMENTS, type BundledDocument } from '@/data/documents';
import { parseDocument } from '@/utils/parse-document';
import { indexDocument } from '@/utils/index-document';
import { LensDatabase } from '@/utils/storage/database';
import { BundledDocumentError, bundledDataVersion, META_DATA_VERSION, seedBundledDocuments } from '@/utils/storage/seed';
import { freshDbName } from './helpers';

const oregon = BUNDLED_DOCUMENTS[2].text.replace(/Maine/g, 'Oregon');

async function addImported(db: LensDatabase, text: string) {
  const parsed = parseDocument(text);
  if (!parsed.ok) throw new Error(parsed.error.reason);
  const { document, entries } = indexDocument({ ...parsed.document, id: `${parsed.document.id}-imported-1` }, 'imported');
  const stored = { ...document, id: `${parsed.document.id}-imported-1` };
  await db.documents.add(stored);
  await db.entries.bulkAdd(entries.map((e) => ({ ...e, docId: stored.id, id: `${stored.id}#${e.number}` })));
  return stored.id;
}

describe('seeding the index', () => {
  it('stores five documents of twenty entries on install', async () => {
    const db = new LensDatabase(freshDbName());
    const result = await seedBundledDocuments(db, BUNDLED_DOCUMENTS);
    expect(result).toMatchObject({ seeded: true, documents: 5, entries: 100 });
    expect(await db.documents.count()).toBe(5);
    expect(await db.entries.count()).toBe(100);
    expect(await db.getMeta(META_DATA_VERSION)).toBe(await bundledDataVersion(BUNDLED_DOCUMENTS));
    const nm = await db.documents.where('stateCode').equals('NM').toArray();
    expect(nm.map((d) => d.topic).sort()).toEqual(['court-information-sharing', 'dmv-data-sharing']);
    expect(await db.entries.where('theme').equals('current-policy').count()).toBeGreaterThan(0);
  });

  it('does not re-seed when the bundled data version is unchanged', async () => {
    const db = new LensDatabase(freshDbName());
    await seedBundledDocuments(db, BUNDLED_DOCUMENTS);
    const before = (await db.documents.toArray()).map((d) => d.addedAt);
    const again = await seedBundledDocuments(db, BUNDLED_DOCUMENTS);
    expect(again.seeded).toBe(false);
    expect((await db.documents.toArray()).map((d) => d.addedAt)).toEqual(before);
  });

  it('re-seeds on a new data version and never touches imported documents', async () => {
    const db = new LensDatabase(freshDbName());
    await seedBundledDocuments(db, BUNDLED_DOCUMENTS);
    const importedId = await addImported(db, oregon);
    const updated: BundledDocument[] = BUNDLED_DOCUMENTS.filter((d) => d.file !== 'maine-dmv.txt');
    expect(await bundledDataVersion(updated)).not.toBe(await bundledDataVersion(BUNDLED_DOCUMENTS));
    const result = await seedBundledDocuments(db, updated);
    expect(result).toMatchObject({ seeded: true, documents: 4, entries: 80 });
    expect(await db.documents.get('me-dmv-data-sharing')).toBeUndefined();
    expect(await db.entries.where('docId').equals('me-dmv-data-sharing').count()).toBe(0);
    const imported = await db.documents.get(importedId);
    expect(imported?.source).toBe('imported');
    expect(await db.entries.where('docId').equals(importedId).count()).toBe(20);
  });

  it('rejects a broken bundled document before touching the database', async () => {
    const db = new LensDatabase(freshDbName());
    await seedBundledDocuments(db, BUNDLED_DOCUMENTS);
    const broken: BundledDocument[] = [...BUNDLED_DOCUMENTS, { file: 'broken.txt', origin: 'x', text: 'Categories Federal Government\n\nNot a title\n' }];
    await expect(seedBundledDocuments(db, broken)).rejects.toBeInstanceOf(BundledDocumentError);
    await expect(seedBundledDocuments(db, broken)).rejects.toThrow(/broken\.txt, line \d+/);
    expect(await db.documents.count()).toBe(5);
    expect(await db.getMeta(META_DATA_VERSION)).toBe(await bundledDataVersion(BUNDLED_DOCUMENTS));
  });

  it('rolls back a seed that fails inside the transaction', async () => {
    const db = new LensDatabase(freshDbName());
    await seedBundledDocuments(db, BUNDLED_DOCUMENTS);
    // The same document twice gives a duplicate key midway through bulkAdd.
    const doubled: BundledDocument[] = [...BUNDLED_DOCUMENTS, { ...BUNDLED_DOCUMENTS[0], file: 'copy.txt' }];
    await expect(seedBundledDocuments(db, doubled)).rejects.toThrow();
    expect(await db.documents.count()).toBe(5);
    expect(await db.entries.count()).toBe(100);
    expect(await db.getMeta(META_DATA_VERSION)).toBe(await bundledDataVersion(BUNDLED_DOCUMENTS));
  });
});
