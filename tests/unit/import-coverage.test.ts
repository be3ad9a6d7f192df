import { describe, expect, it, vi } from 'vitest';
import { BUNDLED_DOCUMENTS } from '@/data/documents';
import { createAnswerIndex } from '@/entrypoints/background/answer-index';
import { publishCoverage } from '@/entrypoints/background/coverage';
import { watchIndexChanges } from '@/entrypoints/background/index-changes';
import { coverageItem, indexChangedItem } from '@/utils/browser/storage-items';
import { acceptedFiles, importItems, planImport } from '@/utils/import-documents';
import { LensDatabase } from '@/utils/storage/database';
import { deleteImportedDocument, listDocuments, storeImport } from '@/utils/storage/import';
import { seedBundledDocuments } from '@/utils/storage/seed';
import { OREGON } from './import-fixtures';

const coverage = () => coverageItem.get();

async function importText(db: LensDatabase, text: string) {
  const plan = await planImport([{ name: 'x.txt', text }], (await listDocuments(db)).documents, { pause: async () => undefined });
  const decisions = Object.fromEntries(acceptedFiles(plan).map((f) => [f.document.id, 'replace' as const]));
  await storeImport(db, importItems(plan, decisions));
}

describe('the background after an import', () => {
  it('drops its cached index and republishes coverage when the options page signals a change', async () => {
    const db = new LensDatabase(`test-${Math.random()}`);
    const ready = seedBundledDocuments(db, BUNDLED_DOCUMENTS);
    const index = createAnswerIndex(db, ready);
    await publishCoverage(index, ready);
    watchIndexChanges(index, ready);
    expect((await coverage())?.stateCodes).toEqual(['CA', 'ME', 'MN', 'NM']);

    // A new state: covered at once.
    await importText(db, OREGON);
    await indexChangedItem.set(1);
    await vi.waitFor(async () => expect((await coverage())?.stateCodes).toEqual(['CA', 'ME', 'MN', 'NM', 'OR']));
    expect((await index.get()).coveredStates.has('OR')).toBe(true);

    // The same states, different documents: still republished (the signature changed).
    const before = await coverage();
    await importText(db, OREGON.replace('short test document', 'brief test document'));
    await indexChangedItem.set(2);
    await vi.waitFor(async () => expect((await coverage())?.signature).not.toBe(before?.signature));
    expect((await coverage())?.stateCodes).toEqual(before?.stateCodes);

    // Deleted: no longer covered.
    const [oregon] = (await listDocuments(db)).documents.filter((d) => d.stateCode === 'OR');
    await deleteImportedDocument(db, oregon.id);
    await indexChangedItem.set(3);
    await vi.waitFor(async () => expect((await coverage())?.stateCodes).toEqual(['CA', 'ME', 'MN', 'NM']));
  });
});
