import { coverageItem, type Coverage } from '@/utils/browser/storage-items';
import { indexSignature } from '@/utils/storage/answers';
import type { SeedResult } from '@/utils/storage/seed';
import type { createAnswerIndex } from './answer-index';

/**
 * Mirrors which states have documents, and the agency names of imported ones, into storage.local,
 * where content scripts read it at start and watch it for changes (an import highlights its state
 * and its agencies in open tabs without a reload).
 */
export async function publishCoverage(index: ReturnType<typeof createAnswerIndex>, ready: Promise<SeedResult>): Promise<void> {
  try {
    // Started before the seeding check ends: the index reads beside it (answer-index.ts), and the
    // first lookup after the worker starts finds it loading already.
    index.get().catch(() => undefined);
    const { dataVersion } = await ready;
    // The same load, unless the index was invalidated meanwhile (an import): then the newer one.
    const { coveredStates, documents, agencies } = await index.get();
    const signature = indexSignature(documents);
    const value: Coverage = { version: 2, stateCodes: [...coveredStates].sort(), dataVersion, signature, updatedAt: Date.now(), agencies };
    const previous = await coverageItem.get();
    // Also on a document change within the same states (a replaced or deleted import): whoever
    // watches coverage learns that the answers changed. The agencies are compared too: a new
    // version of the extension may read the same imports differently.
    if (
      previous?.stateCodes.join() !== value.stateCodes.join() ||
      previous.dataVersion !== value.dataVersion ||
      previous.signature !== signature ||
      JSON.stringify(previous.agencies) !== JSON.stringify(agencies)
    )
      await coverageItem.set(value);
  } catch (error) {
    console.error('Data Sharing Lens: could not load the index', error);
  }
}
