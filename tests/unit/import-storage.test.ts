import { beforeEach, describe, expect, it } from 'vitest';
import { BUNDLED_DOCUMENTS } from '@/data/documents';
import { acceptedFiles, importItems, planImport, type Decision, type ImportItem, type ImportPlan } from '@/utils/import-documents';
import { loadAnswerViews } from '@/utils/storage/answers';
import { LensDatabase } from '@/utils/storage/database';
import { deleteImportedDocument, listDocuments, REPLACED_BUNDLED_KEY, storeImport } from '@/utils/storage/import';
import { seedBundledDocuments } from '@/utils/storage/seed';
import { bundledText, documentFor, hundredDocuments, OREGON } from './import-fixtures';

let db: LensDatabase;

beforeEach(async () => {
  db = new LensDatabase(`test-${Math.random()}`);
  await seedBundledDocuments(db, BUNDLED_DOCUMENTS);
});

async function plan(files: { name: string; text: string }[]): Promise<ImportPlan> {
  const { documents } = await listDocuments(db);
  return planImport(files, documents, { pause: async () => undefined });
}

async function items(files: { name: string; text: string }[], decide: Decision = 'replace'): Promise<ImportItem[]> {
  const p = await plan(files);
  const decisions = Object.fromEntries(acceptedFiles(p).map((f) => [f.document.id, decide]));
  return importItems(p, decisions);
}

/** Everything in the database, to compare before and after a failed import. */
async function snapshot() {
  return { documents: await db.documents.toArray(), entries: await db.entries.toArray(), meta: await db.meta.toArray() };
}

const stateCodes = async () => [...new Set((await loadAnswerViews(db)).documents.map((d) => d.stateCode))].sort();

describe('storing imported documents', () => {
  it('stores an accepted document with its answers, shown next to the bundled ones', async () => {
    await storeImport(db, await items([{ name: 'oregon-dmv.txt', text: OREGON }]));
    const { documents, answers } = await loadAnswerViews(db);
    expect(documents).toHaveLength(6);
    expect(await stateCodes()).toContain('OR');
    const oregon = answers.filter((a) => a.stateCode === 'OR');
    expect(oregon).toHaveLength(20);
    expect(oregon.every((a) => a.source === 'imported' && a.review === undefined)).toBe(true);
    expect(oregon.find((a) => a.number === 2)?.text).toMatch(/Equal Access to Roads Act/);
  });

  it('stores all or nothing: a failure midway leaves the database exactly as before', async () => {
    await storeImport(db, await items([{ name: 'wa.txt', text: documentFor('Washington') }]));
    const before = await snapshot();
    const good = await items([{ name: 'or.txt', text: OREGON }, { name: 'nv.txt', text: documentFor('Nevada') }]);
    // The last entry of the last document collides with a bundled entry's primary key: bulkAdd
    // fails after the documents and most entries were written inside the transaction.
    const last = good[1];
    const broken: ImportItem = { ...last, entries: [...last.entries.slice(0, -1), { ...last.entries.at(-1)!, id: 'nm-dmv-data-sharing#1' }] };
    await expect(storeImport(db, [good[0], broken])).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });

  it('rolls back a replacement too when the import fails', async () => {
    await storeImport(db, await items([{ name: 'or.txt', text: OREGON }]));
    const before = await snapshot();
    const second = await items([{ name: 'or2.txt', text: OREGON.replace('short test document', 'brief test document') }]);
    expect(second[0].replaces).toMatch(/^or-dmv-data-sharing-imported-/);
    const clash = { ...second[0], document: { ...second[0].document, id: 'ca-dmv-data-sharing' } };
    await expect(storeImport(db, [clash])).rejects.toThrow();
    expect(await snapshot()).toEqual(before);
  });

  it('replaces an imported document: the old one and its answers are gone', async () => {
    await storeImport(db, await items([{ name: 'or.txt', text: OREGON }]));
    const [oldDoc] = (await listDocuments(db)).documents.filter((d) => d.source === 'imported');
    const result = await storeImport(db, await items([{ name: 'or2.txt', text: OREGON.replace('short test document', 'brief test document') }], 'replace'));
    expect(result).toEqual({ stored: 1, replaced: 1 });
    expect(await db.documents.get(oldDoc.id)).toBeUndefined();
    expect(await db.entries.where('docId').equals(oldDoc.id).count()).toBe(0);
    expect((await loadAnswerViews(db)).documents.filter((d) => d.stateCode === 'OR')).toHaveLength(1);
  });

  it('keeps both when asked', async () => {
    await storeImport(db, await items([{ name: 'nm.txt', text: bundledText('new-mexico-dmv.txt').replace('New Mexico’s', 'New Mexico’s own') }], 'keep-both'));
    const nm = (await loadAnswerViews(db)).documents.filter((d) => d.stateCode === 'NM' && d.topic === 'dmv-data-sharing');
    expect(nm.map((d) => d.source).sort()).toEqual(['bundled', 'imported']);
  });

  it('replaces a bundled document for good: hidden from every surface, through re-seeding, back when the import is deleted', async () => {
    const text = bundledText('new-mexico-dmv.txt').replace('New Mexico’s', 'New Mexico’s own');
    await storeImport(db, await items([{ name: 'nm.txt', text }], 'replace'));
    const visible = async () => (await loadAnswerViews(db)).documents.filter((d) => d.stateCode === 'NM' && d.topic === 'dmv-data-sharing');
    const [mine] = await visible();
    expect(mine.source).toBe('imported');
    expect((await loadAnswerViews(db)).answers.some((a) => a.docId === 'nm-dmv-data-sharing')).toBe(false);
    expect(await db.getMeta(REPLACED_BUNDLED_KEY)).toEqual({ 'nm-dmv-data-sharing': mine.id });

    // A new bundled data version re-seeds; the replacement holds.
    const changed = BUNDLED_DOCUMENTS.map((d, i) => (i === 1 ? { ...d, text: `${d.text}\n` } : d));
    expect((await seedBundledDocuments(db, changed)).seeded).toBe(true);
    expect((await visible()).map((d) => d.id)).toEqual([mine.id]);
    expect(await db.documents.get('nm-dmv-data-sharing')).toBeDefined();

    await deleteImportedDocument(db, mine.id);
    expect((await visible()).map((d) => d.id)).toEqual(['nm-dmv-data-sharing']);
    expect(await db.getMeta(REPLACED_BUNDLED_KEY)).toEqual({});
  });

  it('a replacement of a replacement keeps the bundled document hidden', async () => {
    const v1 = bundledText('new-mexico-dmv.txt').replace('New Mexico’s', 'New Mexico’s own');
    await storeImport(db, await items([{ name: 'nm1.txt', text: v1 }], 'replace'));
    await storeImport(db, await items([{ name: 'nm2.txt', text: v1.replace('New Mexico’s own', 'New Mexico’s very own') }], 'replace'));
    const { documents, hidden, replaced } = await listDocuments(db);
    const nm = documents.filter((d) => d.stateCode === 'NM' && d.topic === 'dmv-data-sharing');
    expect(nm).toHaveLength(1);
    expect(hidden.map((d) => d.id)).toEqual(['nm-dmv-data-sharing']);
    expect(replaced).toEqual({ 'nm-dmv-data-sharing': nm[0].id });
  });

  it('imported documents survive re-seeding, forced or with a new bundled data version', async () => {
    await storeImport(db, await items([{ name: 'or.txt', text: OREGON }]));
    await seedBundledDocuments(db, BUNDLED_DOCUMENTS, { force: true });
    expect(await stateCodes()).toContain('OR');
    const changed = BUNDLED_DOCUMENTS.map((d, i) => (i === 0 ? { ...d, text: `${d.text}\n` } : d));
    expect((await seedBundledDocuments(db, changed)).seeded).toBe(true);
    expect(await stateCodes()).toEqual(['CA', 'ME', 'MN', 'NM', 'OR']);
    expect(await db.entries.where('docId').startsWith('or-').count()).toBe(20);
  });

  it('deletes an imported document with its answers, and refuses to delete a bundled one', async () => {
    await storeImport(db, await items([{ name: 'or.txt', text: OREGON }]));
    const [oregon] = (await listDocuments(db)).documents.filter((d) => d.stateCode === 'OR');
    await deleteImportedDocument(db, oregon.id);
    expect(await stateCodes()).toEqual(['CA', 'ME', 'MN', 'NM']);
    expect(await db.entries.where('docId').equals(oregon.id).count()).toBe(0);
    await expect(deleteImportedDocument(db, 'ca-dmv-data-sharing')).rejects.toThrow(/bundled/);
    expect(await db.documents.get('ca-dmv-data-sharing')).toBeDefined();
  });

  it('stores 100 documents in one go, or none when the last one fails', async () => {
    const hundred = await items(hundredDocuments(), 'keep-both');
    expect(hundred).toHaveLength(100);
    const before = await snapshot();
    const broken = [...hundred.slice(0, 99), { ...hundred[99], document: { ...hundred[99].document, id: 'ca-dmv-data-sharing' } }];
    await expect(storeImport(db, broken)).rejects.toThrow();
    expect(await snapshot()).toEqual(before);

    expect(await storeImport(db, hundred)).toEqual({ stored: 100, replaced: 0 });
    const { documents, answers } = await loadAnswerViews(db);
    expect(documents).toHaveLength(105);
    expect(answers).toHaveLength(2100);
  });
});
