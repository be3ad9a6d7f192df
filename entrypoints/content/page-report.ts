/**
 * Tells the background which states this page names, and its site, for the side panel. Coalesced
 * over REPORT_DEBOUNCE_MS: a page still loading, or a live ticker, changes the counts many times a
 * second. Only the top frame reports (the lens's `reportStates`).
 */
import { sendMessage } from '@/utils/browser/messaging';
import { REPORT_DEBOUNCE_MS } from './timing';

export interface PageReport {
  /** The counts changed: report them once the window is over. */
  schedule(): void;
  /** Drops a pending report: the lens is stopping. */
  cancel(): void;
}

export function createPageReport(stateCounts: () => Record<string, number>, enabled: boolean): PageReport {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    schedule() {
      if (!enabled || timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        void sendMessage('reportPageStates', { states: stateCounts(), site: location.hostname.slice(0, 253) }).catch(() => undefined);
      }, REPORT_DEBOUNCE_MS);
    },
    cancel() {
      clearTimeout(timer);
    },
  };
}
