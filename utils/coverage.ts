/**
 * Which states have documents, mirrored by the background into storage.local so the content
 * script knows what to highlight without waking the background or touching IndexedDB.
 */
export const COVERAGE_KEY = 'coverage';

export interface StoredCoverage {
  stateCodes: string[];
  dataVersion: string;
  /** Changes whenever a document is added, replaced or removed (indexSignature). */
  signature?: string;
  updatedAt: number;
}
