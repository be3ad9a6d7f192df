/**
 * The options page changes documents in IndexedDB directly (same origin); it then sets
 * indexChangedItem. Here the background drops its cached index and republishes the covered
 * states, which open tabs watch to highlight a newly imported state without reload.
 */
import { indexChangedItem } from '@/utils/browser/storage-items';
import type { SeedResult } from '@/utils/storage/seed';
import type { createAnswerIndex } from './answer-index';
import { publishCoverage } from './coverage';

export function watchIndexChanges(index: ReturnType<typeof createAnswerIndex>, ready: Promise<SeedResult>): void {
  // Registered synchronously at start so the event also wakes a sleeping service worker.
  indexChangedItem.watch(() => {
    index.invalidate();
    void publishCoverage(index, ready);
  });
}
