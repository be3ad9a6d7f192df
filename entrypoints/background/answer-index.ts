/**
 * The background's in-memory copy of the index, loaded from IndexedDB once per service-worker
 * life and dropped when documents change.
 */
import { importedAgencies, type ImportedAgency } from '@/utils/agency-names';
import type { AnswerView } from '@/utils/answer-view';
import { matchTerms } from '@/utils/match-terms';
import type { StoredDocument } from '@/utils/document-types';
import { loadAnswerViews } from '@/utils/storage/answers';
import type { LensDatabase } from '@/utils/storage/database';
import type { SeedResult } from '@/utils/storage/seed';

export interface AnswerIndex {
  answers: AnswerView[];
  documents: StoredDocument[];
  coveredStates: Set<string>;
  /** Imported states' agency names: published with coverage, and the terms a lookup may name. */
  agencies: ImportedAgency[];
}

export function createAnswerIndex(db: LensDatabase, ready: Promise<SeedResult>) {
  let cached: Promise<AnswerIndex> | undefined;
  /** Term id → ids of the answers that name it; built on the first federal-term lookup. */
  let mentions: Map<string, Set<string>> | undefined;

  /** Whether this start's seeding check has finished: from then on one read is all a load needs. */
  let seedingChecked = false;
  ready.then(
    () => (seedingChecked = true),
    () => (seedingChecked = true),
  );

  async function load(): Promise<AnswerIndex> {
    if (seedingChecked) {
      await ready;
      return toIndex(await loadAnswerViews(db));
    }
    // Read beside the seeding check, not after it: on almost every start of the worker nothing is
    // re-seeded, and the first lookup after a wake (the popover's first use) then waits for one
    // round of IndexedDB instead of two. After a re-seed the answers are read again.
    const early = loadAnswerViews(db);
    early.catch(() => undefined);
    const { seeded } = await ready;
    return toIndex(seeded ? await loadAnswerViews(db) : await early.catch(() => loadAnswerViews(db)));
  }

  function toIndex({ answers, documents }: Awaited<ReturnType<typeof loadAnswerViews>>): AnswerIndex {
    return { answers, documents, coveredStates: new Set(documents.map((d) => d.stateCode)), agencies: importedAgencies(documents, answers) };
  }

  return {
    get(): Promise<AnswerIndex> {
      cached ??= load().catch((error: unknown) => {
        cached = undefined;
        throw error;
      });
      return cached;
    },
    /** The answers whose question or text names the term (as the page matcher reads it). */
    async mentioning(termId: string): Promise<Set<string>> {
      if (!mentions) {
        const { answers } = await this.get();
        mentions = new Map();
        for (const a of answers) {
          for (const m of matchTerms(`${a.question}\n${a.text}`, { lang: 'en', contextStates: [a.stateCode] })) {
            let ids = mentions.get(m.termId);
            if (!ids) mentions.set(m.termId, (ids = new Set()));
            ids.add(a.id);
          }
        }
      }
      return mentions.get(termId) ?? new Set();
    },
    invalidate(): void {
      cached = undefined;
      mentions = undefined;
    },
  };
}
