/**
 * Answers the protocol's background messages. Every request is checked (sender, size, shape)
 * before it reaches a handler; a bad request gets an error response and nothing else happens.
 */
import { browser } from 'wxt/browser';
import { termById, type Term } from '@/data/lexicon';
import { glossaryFor } from '@/data/glossary-index';
import { courtsStatusFor, statusFor } from '@/data/state-status';
import { stateByCode } from '@/data/states';
import type { ImportedAgency } from '@/utils/agency-names';
import { onMessage } from '@/utils/browser/messaging';
import { coverageItem, settingsItem } from '@/utils/browser/storage-items';
import { ProtocolError, validateRequest, type BackgroundProtocol, type LookupResponse, type PageContext } from '@/utils/protocol';
import { rankAnswers, topicSignal } from '@/utils/rank-answers';
import type { LensDatabase } from '@/utils/storage/database';
import { META_DATA_VERSION } from '@/utils/storage/seed';
import type { createAnswerIndex } from './answer-index';
import { injectIntoFrame, LENS_FILE, UI_FILE } from './inject';
import { openSearch, openStateSummary } from './open-surfaces';
import { rememberPageStates } from './page-states';

type Handlers = {
  [K in keyof BackgroundProtocol]: (
    data: Parameters<BackgroundProtocol[K]>[0],
    sender: { tabId?: number; frameId?: number; documentId?: string; url?: string },
  ) => ReturnType<BackgroundProtocol[K]> | Promise<ReturnType<BackgroundProtocol[K]>>;
};

export const POPOVER_ANSWERS = 3;
/** A federal term's popover shows the status line of at most this many states the article names. */
export const STATE_LINES = 2;

/** States the article names: those in the term's own paragraph first, then by mentions. */
export function statesNamed(context: PageContext): string[] {
  const byCount = Object.entries(context.states)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1])
    .map(([code]) => code);
  return [...new Set([...context.nearStates, ...byCount])];
}

/**
 * An imported state's agency, by the id the content script matched it under: only one the current
 * index publishes (a page cannot name an agency into existence, and a stale id after a document
 * was deleted is refused like any unknown term).
 */
function importedTerm(termId: string, agencies: readonly ImportedAgency[]): Term | undefined {
  const agency = agencies.find((a) => a.id === termId);
  return agency && { id: agency.id, kind: 'agency', label: agency.label, stateCode: agency.stateCode, topic: agency.topic };
}

/** `published`: settles once the coverage item has been written at this start (background/index.ts). */
export function createHandlers(index: ReturnType<typeof createAnswerIndex>, db: LensDatabase, published: Promise<unknown> = Promise.resolve()): Handlers {
  return {
    async lookupTerm({ termId, context }) {
      const { answers, coveredStates, agencies } = await index.get();
      const term = termById(termId) ?? importedTerm(termId, agencies);
      if (!term) throw new ProtocolError(`unknown term ${termId}`);
      const response: LookupResponse = {
        term: { id: term.id, label: term.label, kind: term.kind, stateCode: term.stateCode },
        answers: [],
      };
      if (term.stateCode) {
        const state = stateByCode(term.stateCode);
        const name = state?.name ?? term.stateCode;
        response.state = { code: term.stateCode, name, hasDocuments: coveredStates.has(term.stateCode) };
        const checked = statusFor(term.stateCode);
        const courts = courtsStatusFor(term.stateCode);
        if (checked || courts) {
          const lead = courts && topicSignal(term, context.topicWords) === 'court-information-sharing' ? 'courts' : 'dmv';
          response.status = { stateName: name, state: checked, courts, lead };
        }
        if (!response.state.hasDocuments) return response;
      }
      let candidates = answers;
      const entry = term.kind === 'topic' ? glossaryFor(term.id) : undefined;
      if (entry) {
        // A federal term is explained first; a state's answers follow only where the article names
        // that state, and only those that speak of the term — never another state's DMV answers.
        const named = statesNamed(context);
        response.glossary = entry;
        response.stateLines = named.slice(0, STATE_LINES).flatMap((code) => {
          const checked = statusFor(code);
          return checked ? [{ code, name: stateByCode(code)?.name ?? code, headline: checked.headline }] : [];
        });
        const mentioning = await index.mentioning(term.id);
        candidates = answers.filter((a) => named.includes(a.stateCode) && mentioning.has(a.id));
        if (!candidates.length) return response;
      }
      response.answers = rankAnswers(term, context, candidates, POPOVER_ANSWERS).map(({ item, reasons }) => ({
        answer: item,
        reasons,
      }));
      return response;
    },
    // Its arrival is what wakes the worker (a hover's first step: content-lens/popover-loader.ts);
    // the answer waits until this start has published coverage.
    async wake() {
      await published;
    },
    async loadPopoverUi(_, sender) {
      if (sender.tabId === undefined) throw new ProtocolError('loadPopoverUi comes from a page');
      await injectIntoFrame({ tabId: sender.tabId, frameId: sender.frameId ?? 0, documentId: sender.documentId }, UI_FILE);
    },
    async loadLens(_, sender) {
      if (sender.tabId === undefined) throw new ProtocolError('loadLens comes from a page');
      const [{ settings }, coverage] = await Promise.all([
        settingsItem.get(),
        // Not yet written at a first start: the lens would count every state as one without documents.
        coverageItem.get().then((c) => c ?? published.then(() => coverageItem.get(), () => undefined)),
        injectIntoFrame({ tabId: sender.tabId, frameId: sender.frameId ?? 0, documentId: sender.documentId }, LENS_FILE),
      ]);
      return { settings, stateCodes: coverage?.stateCodes ?? [], agencies: coverage?.agencies ?? [] };
    },
    getIndexStats: () => getStats(index, db),
    async reportPageStates({ states, site }, sender) {
      if (sender.tabId !== undefined) await rememberPageStates(sender.tabId, states, site);
    },
    async openStateSummary({ stateCode }, sender) {
      await openStateSummary(stateCode, sender.tabId);
    },
    async openSearch({ query }, sender) {
      await openSearch(query, sender.tabId);
    },
  };
}

async function getStats(index: ReturnType<typeof createAnswerIndex>, db: LensDatabase) {
  const { answers, documents } = await index.get();
  const dataVersion = (await db.getMeta<string>(META_DATA_VERSION)) ?? 'not seeded';
  return { documents: documents.length, entries: answers.length, dataVersion };
}

/** Registers every handler behind the same gate: from this extension, well-formed, small. */
export function registerHandlers(handlers: Handlers): void {
  for (const type of Object.keys(handlers) as (keyof BackgroundProtocol)[]) {
    onMessage(type, (message) => {
      if (message.sender?.id !== browser.runtime.id) throw new ProtocolError('refused: not from this extension');
      const problem = validateRequest(type, message.data);
      if (problem) throw new ProtocolError(`refused ${type}: ${problem}`);
      const handler = handlers[type] as (data: unknown, sender: { tabId?: number; frameId?: number; documentId?: string; url?: string }) => unknown;
      return handler(message.data, { tabId: message.sender.tab?.id, frameId: message.sender.frameId, documentId: message.sender.documentId, url: message.sender.url }) as never;
    });
  }
}
