/**
 * Seeding the index from the bundled documents: on install, and on update only when the bundled
 * data version changes. One transaction, so a failure leaves the database as it was; imported
 * documents are never touched.
 */
import type { BundledDocument } from '@/data/documents';
import { parseDocument } from '../parse-document';
import { indexDocument } from '../index-document';
import type { StoredDocument, StoredEntry } from '../document-types';
import type { LensDatabase } from './database';

/**
 * Bump when the parser, facets or labels change what is stored for the same text, so that
 * existing installs re-index on update.
 */
export const INDEX_FORMAT = 2;

export const META_DATA_VERSION = 'bundledDataVersion';
export const META_SEEDED_AT = 'bundledSeededAt';

/**
 * A digest of the texts: deterministic, changes whenever any bundled byte changes. Every start of
 * the service worker computes it before the first lookup can be answered, so it is the platform's
 * native SHA-256, not a hash loop in JavaScript: over the 128 K characters of the bundled documents
 * a cold FNV loop took ~5.6 ms (still interpreted on a worker's first run), the digest well under one.
 */
export async function bundledDataVersion(documents: readonly BundledDocument[]): Promise<string> {
  const text = documents.map((doc) => `${doc.file}\u0000${doc.origin}\u0000${doc.text}\u0000`).join('');
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  const hex = [...digest.subarray(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${INDEX_FORMAT}.${hex}`;
}

export class BundledDocumentError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}, line ${line}: ${reason}`);
    this.name = 'BundledDocumentError';
  }
}

/** Parses and indexes every bundled document, or throws before anything is stored. */
export function indexBundledDocuments(documents: readonly BundledDocument[], now = Date.now()) {
  const stored: StoredDocument[] = [];
  const entries: StoredEntry[] = [];
  for (const bundled of documents) {
    const result = parseDocument(bundled.text, { origin: bundled.origin });
    if (!result.ok) throw new BundledDocumentError(bundled.file, result.error.line, result.error.reason);
    const indexed = indexDocument(result.document, 'bundled', now);
    stored.push(indexed.document);
    entries.push(...indexed.entries);
  }
  return { documents: stored, entries };
}

export interface SeedResult {
  seeded: boolean;
  dataVersion: string;
  documents: number;
  entries: number;
}

export async function seedBundledDocuments(
  db: LensDatabase,
  documents: readonly BundledDocument[],
  options: { force?: boolean } = {},
): Promise<SeedResult> {
  // Side by side: the digest and the database's first read (which opens it) do not wait for each other.
  const [dataVersion, stored] = await Promise.all([bundledDataVersion(documents), options.force ? undefined : db.getMeta<string>(META_DATA_VERSION)]);
  if (!options.force && stored === dataVersion) {
    return { seeded: false, dataVersion, documents: 0, entries: 0 };
  }
  const indexed = indexBundledDocuments(documents);
  await db.transaction('rw', db.documents, db.entries, db.meta, async () => {
    await db.entries.where('source').equals('bundled').delete();
    await db.documents.where('source').equals('bundled').delete();
    await db.documents.bulkAdd(indexed.documents);
    await db.entries.bulkAdd(indexed.entries);
    await db.meta.bulkPut([
      { key: META_DATA_VERSION, value: dataVersion },
      { key: META_SEEDED_AT, value: Date.now() },
    ]);
  });
  return { seeded: true, dataVersion, documents: indexed.documents.length, entries: indexed.entries.length };
}
