import { coverageItem, type Coverage } from '@/utils/browser/storage-items';
import { indexSignature } from '@/utils/storage/answers';
import type { SeedResult } from '@/utils/storage/seed';
import type { createAnswerIndex } from './answer-index';

/**
 * Mirrors which states have documents into storage.local, where content scripts read it at start
 * and watch it for changes (an import highlights its state in open tabs without a reload).
 */
export async function publishCoverage(index: ReturnType<typeof createAnswerIndex>, ready: Promise<SeedResult>): Promise<void> {
  try {
    const { dataVersion } = await ready;
    const { coveredStates, documents } = await index.get();
    const signature = indexSignature(documents);
    const value: Coverage = { version: 1, stateCodes: [...coveredStates].sort(), dataVersion, signature, updatedAt: Date.now() };
    const previous = await coverageItem.get();
    // Also on a document change within the same states (a replaced or deleted import): whoever
    // watches coverage learns that the answers changed.
    if (
      previous?.stateCodes.join() !== value.stateCodes.join() ||
      previous.dataVersion !== value.dataVersion ||
      previous.signature !== signature
    )
      await coverageItem.set(value);
  } catch (error) {
    console.error('Data Sharing Lens: could not load the index', error);
  }
}
