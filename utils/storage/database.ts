/**
 * The index in IndexedDB, in the extension's own origin. Opened by the background and the
 * extension pages only — never by the content script, where IndexedDB belongs to the news site.
 */
import Dexie, { type Table } from 'dexie';
import type { DocumentSource, StoredDocument, StoredEntry } from '../document-types';

export interface MetaRecord {
  key: string;
  value: unknown;
}

export const DATABASE_NAME = 'data-sharing-lens';

/** Each schema version's indexes, kept so the migration test can write a database of each. */
export const SCHEMA_V1 = {
  documents: 'id, stateCode, topic, source, [stateCode+topic]',
  entries: 'id, docId, stateCode, topic, theme, [stateCode+topic]',
  meta: 'key',
} as const;

export const SCHEMA_V2 = {
  documents: 'id, stateCode, topic, source, addedAt, [stateCode+topic]',
  entries: 'id, docId, stateCode, topic, theme, source, [stateCode+topic]',
  meta: 'key',
} as const;

export class LensDatabase extends Dexie {
  documents!: Table<StoredDocument, string>;
  entries!: Table<StoredEntry, string>;
  meta!: Table<MetaRecord, string>;

  constructor(name = DATABASE_NAME) {
    super(name);
    // Schema history: bump the version and add an upgrade when an index or shape changes;
    // tests/unit/database-migration.test.ts opens a database written by each older version.
    this.version(1).stores(SCHEMA_V1);
    // v2: entries indexed by source (re-seeding deletes bundled answers in one query, without
    // listing documents first) and documents by date added (the options page lists imports newest
    // first). Entries written before v2 without a source are given their document's.
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        const sources = new Map<string, DocumentSource>();
        await tx.table<StoredDocument, string>('documents').each((d) => sources.set(d.id, d.source ?? 'bundled'));
        await tx
          .table<StoredEntry, string>('entries')
          .toCollection()
          .modify((e) => {
            e.source ??= sources.get(e.docId) ?? 'bundled';
          });
      });
  }

  async getMeta<T>(key: string): Promise<T | undefined> {
    return (await this.meta.get(key))?.value as T | undefined;
  }
}
