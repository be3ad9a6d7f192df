/**
 * The options page changes documents in IndexedDB directly (same origin); it then sets
 * INDEX_CHANGED_KEY in storage.local. Here the background drops its cached index and republishes
 * the covered states, which open tabs watch to highlight a newly imported state without reload.
 */
import { browser } from 'wxt/browser';
import { INDEX_CHANGED_KEY } from '@/utils/storage/import';
import type { SeedResult } from '@/utils/storage/seed';
import type { createAnswerIndex } from './answer-index';
import { publishCoverage } from './coverage';

export function watchIndexChanges(index: ReturnType<typeof createAnswerIndex>, ready: Promise<SeedResult>): void {
  // Registered synchronously at start so the event also wakes a sleeping service worker.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(INDEX_CHANGED_KEY in changes)) return;
    index.invalidate();
    void publishCoverage(index, ready);
  });
}
