/**
 * Storing and deleting imported documents. Each operation is ONE Dexie transaction: on any
 * failure midway (a quota error, a key collision) the database stays exactly as before.
 *
 * Replacing a bundled document: bundled documents are rewritten by every re-seed (utils/storage/
 * seed.ts), so deleting one would not last. Instead the imported document records, in meta
 * REPLACED_BUNDLED_KEY, that it replaces that bundled id; re-seeding never touches that record,
 * the bundled rows stay in the database, and loadAnswerViews (utils/storage/answers.ts) leaves
 * the replaced bundled documents out. Deleting the imported replacement brings the bundled
 * document back, which is what a user who deletes "my version" expects.
 */
import type { StoredDocument } from '../document-types';
import type { ImportItem } from '../import-documents';
import type { LensDatabase } from './database';

/** Meta record: bundled document id → the imported document id that replaces it. */
export const REPLACED_BUNDLED_KEY = 'replacedBundledDocuments';
export type ReplacedBundled = Record<string, string>;

export async function readReplacedBundled(db: LensDatabase): Promise<ReplacedBundled> {
  const value = await db.getMeta<unknown>(REPLACED_BUNDLED_KEY);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

/** Whether a document is shown: every imported one, and bundled ones not replaced by an import. */
export const isVisible = (doc: Pick<StoredDocument, 'id' | 'source'>, replaced: ReplacedBundled) =>
  doc.source !== 'bundled' || !(doc.id in replaced);

export interface DocumentListing {
  /** The documents the surfaces show, by state name then topic. */
  documents: StoredDocument[];
  /** Bundled documents replaced by an import, kept for "replaces …" in the list. */
  hidden: StoredDocument[];
  replaced: ReplacedBundled;
}

export async function listDocuments(db: LensDatabase): Promise<DocumentListing> {
  const [all, replaced] = await db.transaction('r', db.documents, db.meta, () =>
    Promise.all([db.documents.toArray(), readReplacedBundled(db)]),
  );
  all.sort((a, b) => a.stateName.localeCompare(b.stateName) || a.topic.localeCompare(b.topic) || a.addedAt - b.addedAt);
  return { documents: all.filter((d) => isVisible(d, replaced)), hidden: all.filter((d) => !isVisible(d, replaced)), replaced };
}

export async function storeImport(db: LensDatabase, items: readonly ImportItem[]): Promise<{ stored: number; replaced: number }> {
  let replacedCount = 0;
  await db.transaction('rw', db.documents, db.entries, db.meta, async () => {
    const replaced = await readReplacedBundled(db);
    for (const item of items) {
      if (item.document.source !== 'imported') throw new Error(`${item.document.id} is not an imported document`);
      if (!item.replaces) continue;
      const target = await db.documents.get(item.replaces);
      if (!target) throw new Error(`the document ${item.replaces} to replace is no longer there`);
      replacedCount++;
      if (target.source === 'bundled') {
        replaced[target.id] = item.document.id;
      } else {
        await removeImported(db, target.id);
        // A bundled document hidden by the import being replaced stays hidden by its successor.
        for (const [bundledId, by] of Object.entries(replaced)) if (by === target.id) replaced[bundledId] = item.document.id;
      }
    }
    // bulkAdd, not bulkPut: an id that already exists is an error that rolls everything back.
    await db.documents.bulkAdd(items.map((i) => i.document));
    await db.entries.bulkAdd(items.flatMap((i) => i.entries));
    await db.meta.put({ key: REPLACED_BUNDLED_KEY, value: replaced });
  });
  return { stored: items.length, replaced: replacedCount };
}

/** Deletes an imported document and its answers; a bundled document it replaced comes back. */
export async function deleteImportedDocument(db: LensDatabase, id: string): Promise<void> {
  await db.transaction('rw', db.documents, db.entries, db.meta, async () => {
    const doc = await db.documents.get(id);
    if (!doc) return;
    if (doc.source !== 'imported') throw new Error(`${id} is bundled and cannot be deleted`);
    await removeImported(db, id);
    const replaced = await readReplacedBundled(db);
    const kept = Object.fromEntries(Object.entries(replaced).filter(([, by]) => by !== id));
    await db.meta.put({ key: REPLACED_BUNDLED_KEY, value: kept });
  });
}

async function removeImported(db: LensDatabase, id: string): Promise<void> {
  await db.entries.where('docId').equals(id).delete();
  await db.documents.delete(id);
}
