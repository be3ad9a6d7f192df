/** What the background keeps per tab in storage.session (see background/page-states.ts). */
export const PAGE_INFO_PREFIX = 'pageInfo:';
export const pageInfoKey = (tabId: number) => `${PAGE_INFO_PREFIX}${tabId}`;

export interface PageInfo {
  /** State code → mentions on the page. */
  states: Record<string, number>;
  site: string | null;
}
