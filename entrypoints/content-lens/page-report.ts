/**
 * Tells the background which states this page names, and its site, for the side panel. Coalesced
 * over REPORT_DEBOUNCE_MS: a page still loading, or a live ticker, changes the counts many times a
 * second. Only the top frame reports (the lens's `reportStates`).
 *
 * The background keeps the last report per tab, so a page must report even when it names no state
 * (or the tab would go on showing the states of the page before it), and again when the lens stops
 * (switched off for the site: nothing is highlighted, so nothing is named). An unchanged report is
 * not sent again.
 */
import { sendMessage } from '@/utils/browser/messaging';
import { REPORT_DEBOUNCE_MS } from './timing';

export interface PageReport {
  /** The counts may have changed (or a scan ended): report them once the window is over. */
  schedule(): void;
  /**
   * The lens is stopping: a pending report is dropped and, unless another lens takes over at once
   * (`handover`), the page reports no states.
   */
  stop(handover?: boolean): void;
}

export function createPageReport(stateCounts: () => Record<string, number>, enabled: boolean): PageReport {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let sent: string | undefined;
  const send = (states: Record<string, number>) => {
    const key = JSON.stringify(states);
    if (key === sent) return;
    sent = key;
    void sendMessage('reportPageStates', { states, site: location.hostname.slice(0, 253) }).catch(() => undefined);
  };
  return {
    schedule() {
      if (!enabled || timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        send(stateCounts());
      }, REPORT_DEBOUNCE_MS);
    },
    stop(handover) {
      clearTimeout(timer);
      timer = undefined;
      if (!handover && sent !== undefined) send({});
    },
  };
}
