/**
 * Background: owns the index in IndexedDB, seeds it from the bundled documents, and answers the
 * content script and the extension pages through utils/protocol.ts.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { BUNDLED_DOCUMENTS } from '@/data/documents';
import { sendMessage } from '@/utils/browser/messaging';
import { LensDatabase } from '@/utils/storage/database';
import { seedBundledDocuments } from '@/utils/storage/seed';
import { createAnswerIndex } from './answer-index';
import { createHandlers, registerHandlers } from './handlers';
import { forgetClosedTabs } from './page-states';
import { publishCoverage } from './coverage';
import { registerLookupMenu } from './context-menu';
import { watchIndexChanges } from './index-changes';
import { keepContentScriptRegistered } from './content-registration';

export default defineBackground(() => {
  const db = new LensDatabase();
  // Every start checks the bundled data version: a no-op read when it matches, a re-seed in one
  // transaction after an update that changed the documents.
  const ready = seedBundledDocuments(db, BUNDLED_DOCUMENTS);
  const index = createAnswerIndex(db, ready);
  const published = publishCoverage(index, ready);
  registerHandlers(createHandlers(index, db, published));
  watchIndexChanges(index, ready);
  registerLookupMenu();
  forgetClosedTabs();
  void keepContentScriptRegistered();

  browser.commands?.onCommand.addListener((command) => {
    if (command === 'next-term') void focusNextTerm();
  });

  if (import.meta.env.CHROME) {
    // The toolbar button opens the popup; the side panel opens from the popup and the popover.
    void browser.sidePanel.setPanelBehavior({ openPanelOnActionClick: false }).catch(() => undefined);
  }
});

/** The keyboard command: the active tab's content script moves to its next term (if it runs there). */
async function focusNextTerm(): Promise<void> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) await sendMessage('focusNextTerm', undefined, tab.id).catch(() => undefined);
}
