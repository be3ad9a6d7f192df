/**
 * The one message protocol between the content script, the extension pages and the background.
 * Every message, its request and its response type is listed here, with the check the background
 * runs on each request (`validateRequest`) before it touches the index. Pure: the typed channel is
 * utils/browser/messaging.ts. Bundled into the content script: keep it free of big imports.
 */
import type { CourtsStatus, GlossaryEntry, StateStatus } from '@/data/checked-types';
import type { AnswerView } from './answer-view';
import type { RankReason } from './rank-answers';

/** What the content script tells the background about the article around a term. */
export interface PageContext {
  lang: 'en' | 'es' | 'none';
  /** State code → number of mentions on the page. */
  states: Record<string, number>;
  /** States named in the term's own paragraph. */
  nearStates: string[];
  /** Lower-case topic words near the term ("court", "license", "dmv"). */
  topicWords: string[];
}

export interface LookupRequest {
  termId: string;
  context: PageContext;
}

export interface LookupResponse {
  term: { id: string; label: string; kind: 'state' | 'agency' | 'topic'; stateCode?: string };
  /** The state the answers are about, when the term names one. */
  state?: { code: string; name: string; hasDocuments: boolean };
  /**
   * The project's checked "what the law says now" for the term's state, shown before any answer.
   * Sent as data so the content script carries no status tables.
   */
  status?: { stateName: string; state?: StateStatus; courts?: CourtsStatus; lead: 'dmv' | 'courts' };
  /** For a federal term: the project's explanation of the term itself, shown first. */
  glossary?: GlossaryEntry;
  /**
   * For a federal term: the status line of each state the article names (its paragraph's first),
   * and whether it names none (then no state's answers are shown at all).
   */
  stateLines?: StateLine[];
  answers: RankedAnswer[];
}

export interface StateLine {
  code: string;
  name: string;
  headline: string;
}

export interface RankedAnswer {
  answer: AnswerView;
  /** Why this answer ranks where it does; the popover shows them ("Why here: …"). */
  reasons: RankReason[];
}

export interface IndexStats {
  documents: number;
  entries: number;
  dataVersion: string;
}

/** Messages the background answers. */
export interface BackgroundProtocol {
  lookupTerm(request: LookupRequest): LookupResponse;
  /**
   * Starts the background (a stopped service worker wakes for any message) so a lookup that may
   * follow finds it ready; answers once the covered states are published.
   */
  wake(): void;
  /**
   * Injects the popover UI into the sender's frame (its isolated world), on the first hover or
   * keyboard command there; resolves once it is in.
   */
  loadPopoverUi(): void;
  getIndexStats(): IndexStats;
  /** The content script reports which states the page mentions, and its site (for the side panel). */
  reportPageStates(request: { states: Record<string, number>; site: string }): void;
  /** Opens the side panel (or a tab with it) on a state. */
  openStateSummary(request: { stateCode: string }): void;
  /** Opens the search (popup, or a tab with it) with a query. */
  openSearch(request: { query: string }): void;
}

/** Messages the content script answers. */
export interface ContentProtocol {
  /** Keyboard command: move to the next highlighted term in view and open its popover. */
  focusNextTerm(): void;
}

export type Protocol = BackgroundProtocol & ContentProtocol;

/** Limits on what a request may carry; anything bigger is refused, not truncated. */
export const LIMITS = {
  requestBytes: 16 * 1024,
  termId: 64,
  stateCount: 60,
  topicWords: 40,
  topicWordLength: 40,
  query: 200,
  site: 253,
} as const;

type Validator = (data: unknown) => string | null;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isStateCode = (v: unknown): v is string => typeof v === 'string' && /^[A-Z]{2}$/.test(v);

function checkStateCounts(v: unknown): string | null {
  if (!isRecord(v)) return 'states must be an object';
  const keys = Object.keys(v);
  if (keys.length > LIMITS.stateCount) return 'too many states';
  for (const k of keys) {
    const n = v[k];
    if (!isStateCode(k)) return `bad state code ${JSON.stringify(String(k).slice(0, 8))}`;
    if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 1e6) return `bad count for ${k}`;
  }
  return null;
}

function checkContext(v: unknown): string | null {
  if (!isRecord(v)) return 'context must be an object';
  if (v.lang !== 'en' && v.lang !== 'es' && v.lang !== 'none') return 'context.lang must be en, es or none';
  const states = checkStateCounts(v.states);
  if (states) return `context.${states}`;
  const near = v.nearStates;
  if (!Array.isArray(near) || near.length > 10 || !near.every(isStateCode)) return 'context.nearStates must be up to 10 state codes';
  const words = v.topicWords;
  if (!Array.isArray(words) || words.length > LIMITS.topicWords) return 'context.topicWords must be a short array';
  if (!words.every((w) => typeof w === 'string' && w.length <= LIMITS.topicWordLength))
    return 'context.topicWords must be short strings';
  return null;
}

const noData: Validator = (d) => (d === undefined || d === null ? null : 'this message takes no data');

const validators: Record<keyof BackgroundProtocol, Validator> = {
  lookupTerm: (d) => {
    if (!isRecord(d)) return 'request must be an object';
    if (typeof d.termId !== 'string' || !d.termId || d.termId.length > LIMITS.termId) return 'termId must be a short string';
    return checkContext(d.context);
  },
  wake: noData,
  loadPopoverUi: noData,
  getIndexStats: noData,
  reportPageStates: (d) => {
    if (!isRecord(d)) return 'request must be an object';
    // A host name only (the page's address never leaves the tab).
    if (typeof d.site !== 'string' || d.site.length > LIMITS.site || !/^[a-z0-9.:[\]-]*$/i.test(d.site)) return 'site must be a host name';
    return checkStateCounts(d.states);
  },
  openStateSummary: (d) => (isRecord(d) && isStateCode(d.stateCode) ? null : 'stateCode must be a postal code'),
  openSearch: (d) =>
    isRecord(d) && typeof d.query === 'string' && d.query.length <= LIMITS.query ? null : 'query must be a short string',
};

export class ProtocolError extends Error {
  override name = 'ProtocolError';
}

/**
 * Checks a request's type, size and shape. Returns null when it may be handled, else the reason.
 * Pure, so the same rules are unit-tested without a browser.
 */
export function validateRequest(type: unknown, data: unknown): string | null {
  if (typeof type !== 'string' || !Object.hasOwn(validators, type)) return `unknown message type`;
  let size: number;
  try {
    size = data === undefined ? 0 : JSON.stringify(data).length;
  } catch {
    return 'request is not serialisable';
  }
  if (size > LIMITS.requestBytes) return `request too large (${size} bytes, limit ${LIMITS.requestBytes})`;
  return validators[type as keyof BackgroundProtocol](data);
}
