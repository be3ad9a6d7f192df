/**
 * The index in IndexedDB, in the extension's own origin. Opened by the background and the
 * extension pages only — never by the content script, where IndexedDB belongs to the news site.
 */
import Dexie, { type Table } from 'dexie';
import type { StoredDocument, StoredEntry } from '../document-types';

export interface MetaRecord {
  key: string;
  value: unknown;
}

export const DATABASE_NAME = 'data-sharing-lens';

export class LensDatabase extends Dexie {
  documents!: Table<StoredDocument, string>;
  entries!: Table<StoredEntry, string>;
  meta!: Table<MetaRecord, string>;

  constructor(name = DATABASE_NAME) {
    super(name);
    // Schema history: bump the version and add an upgrade when an index or shape changes;
    // tests/unit/database-migration.test.ts opens a database written by each older version.
    this.version(1).stores({
      documents: 'id, stateCode, topic, source, [stateCode+topic]',
      entries: 'id, docId, stateCode, topic, theme, [stateCode+topic]',
      meta: 'key',
    });
  }

  async getMeta<T>(key: string): Promise<T | undefined> {
    return (await this.meta.get(key))?.value as T | undefined;
  }
}
