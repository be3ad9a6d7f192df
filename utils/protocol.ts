/**
 * The one message protocol between the content script, the extension pages and the background.
 * Every message, its request and its response type is listed here. Requests are valibot schemas
 * from which their types are inferred, so the check the background runs on each request
 * (`validateRequest`, before it touches the index) and the type the sender writes cannot drift.
 * Pure: the typed channel is utils/browser/messaging.ts. The content script imports only types
 * from here, so valibot stays out of it.
 */
import * as v from 'valibot';
import type { CourtsStatus, GlossaryEntry, StateStatus } from '@/data/checked-types';
import type { AnswerView } from './answer-view';
import type { ImportedAgency } from './agency-names';
import type { RankReason } from './rank-answers';
import type { Settings } from './settings';

/** Limits on what a request may carry; anything bigger is refused, not truncated. */
export const LIMITS = {
  requestBytes: 16 * 1024,
  termId: 64,
  stateCount: 60,
  nearStates: 10,
  topicWords: 40,
  topicWordLength: 40,
  query: 200,
  site: 253,
} as const;

const StateCode = v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, 'bad state code'));
/** State code → number of mentions on the page. */
const StateCounts = v.pipe(
  v.record(StateCode, v.pipe(v.number('bad count'), v.integer('bad count'), v.minValue(0, 'bad count'), v.maxValue(1e6, 'bad count')), 'states must be an object'),
  v.check((counts) => Object.keys(counts).length <= LIMITS.stateCount, 'too many states'),
);

/** What the content script tells the background about the article around a term. */
const PageContextSchema = v.object(
  {
    lang: v.picklist(['en', 'es', 'none'], 'must be en, es or none'),
    states: StateCounts,
    /** States named in the term's own paragraph. */
    nearStates: v.pipe(v.array(StateCode, 'must be up to 10 state codes'), v.maxLength(LIMITS.nearStates, 'must be up to 10 state codes')),
    /** Lower-case topic words near the term ("court", "license", "dmv"), from data/topic-words.ts. */
    topicWords: v.pipe(
      v.array(v.pipe(v.string('must be short strings'), v.maxLength(LIMITS.topicWordLength, 'must be short strings')), 'must be a short array'),
      v.maxLength(LIMITS.topicWords, 'must be a short array'),
    ),
  },
  'context must be an object',
);
export type PageContext = v.InferOutput<typeof PageContextSchema>;

const LookupRequestSchema = v.object(
  {
    termId: v.pipe(v.string('must be a short string'), v.minLength(1, 'must be a short string'), v.maxLength(LIMITS.termId, 'must be a short string')),
    context: PageContextSchema,
  },
  'request must be an object',
);
export type LookupRequest = v.InferOutput<typeof LookupRequestSchema>;

const PageStatesSchema = v.object(
  {
    states: StateCounts,
    // A host name only (the page's address never leaves the tab).
    site: v.pipe(v.string('must be a host name'), v.maxLength(LIMITS.site, 'must be a host name'), v.regex(/^[a-z0-9.:[\]-]*$/i, 'must be a host name')),
  },
  'request must be an object',
);
const StateSummaryRequestSchema = v.object({ stateCode: v.pipe(v.string('must be a postal code'), v.regex(/^[A-Z]{2}$/, 'must be a postal code')) }, 'stateCode must be a postal code');
const SearchRequestSchema = v.object({ query: v.pipe(v.string('must be a short string'), v.maxLength(LIMITS.query, 'must be a short string')) }, 'query must be a short string');
const NoData = v.nullish(v.never('this message takes no data'));

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

/**
 * What the lens starts from, sent with its injection: the page reads no storage before its first
 * scan slice (each read is a round trip and wakes an API in the page's isolated world: ~0.4 ms of
 * the start, BENCHMARKS.md). The lens follows later changes from storage itself.
 */
export interface LensStart {
  settings: Settings;
  /** The covered states and imported agencies, as published (empty if the index failed to open). */
  stateCodes: string[];
  agencies: ImportedAgency[];
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
  /**
   * Injects the lens into the sender's frame (its isolated world), once the content script found
   * the extension on there; resolves once it is in, with what the lens starts from.
   */
  loadLens(): LensStart;
  getIndexStats(): IndexStats;
  /** The content script reports which states the page mentions, and its site (for the side panel). */
  reportPageStates(request: v.InferOutput<typeof PageStatesSchema>): void;
  /** Opens the side panel (or a tab with it) on a state. */
  openStateSummary(request: v.InferOutput<typeof StateSummaryRequestSchema>): void;
  /** Opens the search (popup, or a tab with it) with a query. */
  openSearch(request: v.InferOutput<typeof SearchRequestSchema>): void;
}

/** Messages the content script answers. */
export interface ContentProtocol {
  /** Keyboard command: move to the next highlighted term in view and open its popover. */
  focusNextTerm(): void;
}

export type Protocol = BackgroundProtocol & ContentProtocol;

/** One schema per message the background answers: what `validateRequest` checks. */
const REQUEST_SCHEMAS: { [K in keyof BackgroundProtocol]: v.GenericSchema } = {
  lookupTerm: LookupRequestSchema,
  wake: NoData,
  loadPopoverUi: NoData,
  loadLens: NoData,
  getIndexStats: NoData,
  reportPageStates: PageStatesSchema,
  openStateSummary: StateSummaryRequestSchema,
  openSearch: SearchRequestSchema,
};

export class ProtocolError extends Error {
  override name = 'ProtocolError';
}

/**
 * Checks a request's type, size and shape. Returns null when it may be handled, else the reason.
 * Pure, so the same rules are unit-tested without a browser.
 */
export function validateRequest(type: unknown, data: unknown): string | null {
  if (typeof type !== 'string' || !Object.hasOwn(REQUEST_SCHEMAS, type)) return `unknown message type`;
  let size: number;
  try {
    size = data === undefined ? 0 : JSON.stringify(data).length;
  } catch {
    return 'request is not serialisable';
  }
  if (size > LIMITS.requestBytes) return `request too large (${size} bytes, limit ${LIMITS.requestBytes})`;
  const result = v.safeParse(REQUEST_SCHEMAS[type as keyof BackgroundProtocol], data);
  if (result.success) return null;
  // The first problem, with where it is: "context.lang: must be en, es or none".
  const issue = result.issues[0];
  const path = v.getDotPath(issue);
  return path ? `${path}: ${issue.message}` : issue.message;
}
