/**
 * Answers the protocol's background messages. Every request is checked (sender, size, shape)
 * before it reaches a handler; a bad request gets an error response and nothing else happens.
 */
import { browser } from 'wxt/browser';
import { termById } from '@/data/lexicon';
import { stateByCode } from '@/data/states';
import { onMessage, ProtocolError, validateRequest, type BackgroundProtocol, type LookupResponse } from '@/utils/protocol';
import { rankAnswers } from '@/utils/rank-answers';
import type { LensDatabase } from '@/utils/storage/database';
import { META_DATA_VERSION } from '@/utils/storage/seed';
import type { createAnswerIndex } from './answer-index';
import { openSearch, openStateSummary } from './open-surfaces';
import { rememberPageStates } from './page-states';

type Handlers = {
  [K in keyof BackgroundProtocol]: (
    data: Parameters<BackgroundProtocol[K]>[0],
    sender: { tabId?: number; url?: string },
  ) => ReturnType<BackgroundProtocol[K]> | Promise<ReturnType<BackgroundProtocol[K]>>;
};

export const POPOVER_ANSWERS = 3;

export function createHandlers(index: ReturnType<typeof createAnswerIndex>, db: LensDatabase): Handlers {
  return {
    async lookupTerm({ termId, context }) {
      const term = termById(termId);
      if (!term) throw new ProtocolError(`unknown term ${termId}`);
      const { answers, coveredStates } = await index.get();
      const response: LookupResponse = {
        term: { id: term.id, label: term.label, kind: term.kind, stateCode: term.stateCode },
        answers: [],
      };
      if (term.stateCode) {
        const state = stateByCode(term.stateCode);
        response.state = { code: term.stateCode, name: state?.name ?? term.stateCode, hasDocuments: coveredStates.has(term.stateCode) };
        if (!response.state.hasDocuments) return response;
      }
      response.answers = rankAnswers(term, context, answers, POPOVER_ANSWERS).map(({ item, score, reasons }) => ({
        answer: item,
        score,
        reasons,
      }));
      return response;
    },
    async getCoverage() {
      const { coveredStates } = await index.get();
      const { dataVersion } = await getStats(index, db);
      return { stateCodes: [...coveredStates].sort(), dataVersion };
    },
    getIndexStats: () => getStats(index, db),
    async reportPageStates({ states, url }, sender) {
      if (sender.tabId !== undefined) await rememberPageStates(sender.tabId, states, url);
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
      const handler = handlers[type] as (data: unknown, sender: { tabId?: number; url?: string }) => unknown;
      return handler(message.data, { tabId: message.sender.tab?.id, url: message.sender.url }) as never;
    });
  }
}
