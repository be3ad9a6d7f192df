/**
 * An imported state's agencies: the background derives their names from the imported documents,
 * publishes them with coverage, and answers lookups of them (only of those it published); the
 * content script matches them on the page as that state's agency terms.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BUNDLED_DOCUMENTS } from '@/data/documents';
import { createAnswerIndex } from '@/entrypoints/background/answer-index';
import { publishCoverage } from '@/entrypoints/background/coverage';
import { createHandlers } from '@/entrypoints/background/handlers';
import { importedAgencyMatcher } from '@/entrypoints/content-lens/imported-agencies';
import { importedAgencies, type ImportedAgency } from '@/utils/agency-names';
import { coverageItem } from '@/utils/browser/storage-items';
import { acceptedFiles, importItems, planImport } from '@/utils/import-documents';
import { matchTerms } from '@/utils/match-terms';
import { LensDatabase } from '@/utils/storage/database';
import { listDocuments, storeImport } from '@/utils/storage/import';
import { seedBundledDocuments } from '@/utils/storage/seed';
import { freshDbName } from './helpers';
import { bundledText, documentFor, OREGON } from './import-fixtures';

async function importText(db: LensDatabase, name: string, text: string) {
  const plan = await planImport([{ name, text }], (await listDocuments(db)).documents, { pause: async () => undefined });
  const decisions = Object.fromEntries(acceptedFiles(plan).map((f) => [f.document.id, 'replace' as const]));
  await storeImport(db, importItems(plan, decisions));
}

async function background() {
  const db = new LensDatabase(freshDbName());
  const ready = seedBundledDocuments(db, BUNDLED_DOCUMENTS);
  const index = createAnswerIndex(db, ready);
  await ready;
  return { db, ready, index, handlers: createHandlers(index, db) };
}

const context = { lang: 'en' as const, states: { OR: 2 }, nearStates: [], topicWords: [] };

/** A Colorado document in the Oregon fixture's shape, naming its agencies as Colorado's do. */
const COLORADO = documentFor('Colorado')
  .replace('Driver and Motor Vehicle Services (DMV)', 'Division of Motor Vehicles, part of the Colorado Department of Revenue,')
  .replace('should go through legal process.', 'should go through legal process at the Division of Motor Vehicles.');

describe('imported states’ agencies, in the background', () => {
  beforeAll(() => {
    (globalThis as { chrome?: unknown }).chrome = fakeBrowser;
  });

  it('publishes none for the bundled documents, whose agencies the lexicon knows', async () => {
    const { index, ready } = await background();
    await publishCoverage(index, ready);
    expect((await coverageItem.get())?.agencies).toEqual([]);
  });

  it('publishes an imported state’s agencies with coverage, and answers a lookup of one', async () => {
    const { db, index, ready, handlers } = await background();
    await importText(db, 'oregon-dmv.txt', OREGON);
    await publishCoverage(index, ready);
    const coverage = await coverageItem.get();
    expect(coverage?.version).toBe(2);
    expect(coverage?.stateCodes).toContain('OR');
    expect(coverage?.agencies).toEqual([{ id: 'agency:OR-imported-1', stateCode: 'OR', label: 'Oregon Department of Justice', topic: 'dmv' }]);

    const res = await handlers.lookupTerm({ termId: 'agency:OR-imported-1', context }, {});
    expect(res.term).toEqual({ id: 'agency:OR-imported-1', label: 'Oregon Department of Justice', kind: 'agency', stateCode: 'OR' });
    expect(res.state).toEqual({ code: 'OR', name: 'Oregon', hasDocuments: true });
    expect(res.answers.length).toBeGreaterThan(0);
    expect(res.answers.every((a) => a.answer.stateCode === 'OR' && a.answer.source === 'imported')).toBe(true);
  });

  it('refuses an agency id it did not publish: another number, another state, none after the document is gone', async () => {
    const { db, handlers } = await background();
    await importText(db, 'oregon-dmv.txt', OREGON);
    for (const termId of ['agency:OR-imported-2', 'agency:CO-imported-1', 'agency:OR-imported-01', 'agency:NM-imported-1']) {
      await expect(handlers.lookupTerm({ termId, context }, {})).rejects.toThrow(/unknown term/);
    }
  });

  it('derives names per state, numbered in order, leaving those the lexicon already reads to it', () => {
    const docs = [
      { id: 'co-1', stateCode: 'CO', stateName: 'Colorado', topic: 'dmv-data-sharing' as const, source: 'imported' as const },
      { id: 'nm-1', stateCode: 'NM', stateName: 'New Mexico', topic: 'court-information-sharing' as const, source: 'imported' as const },
      { id: 'nm-bundled', stateCode: 'NM', stateName: 'New Mexico', topic: 'dmv-data-sharing' as const, source: 'bundled' as const },
    ];
    const entries = [
      { docId: 'co-1', question: 'Who issues licenses in Colorado?', text: COLORADO },
      // The bundled New Mexico courts text: its one agency is in the lexicon already.
      { docId: 'nm-1', question: 'Q', text: bundledText('new-mexico-courts.txt') },
      { docId: 'nm-bundled', question: 'Q', text: 'The Colorado Department of Revenue and the Colorado Department of Revenue.' },
    ];
    expect(importedAgencies(docs, entries)).toEqual([
      { id: 'agency:CO-imported-1', stateCode: 'CO', label: 'Division of Motor Vehicles', topic: 'dmv' },
      { id: 'agency:CO-imported-2', stateCode: 'CO', label: 'Colorado Department of Revenue', topic: 'dmv' },
      // The Oregon fixture's "Oregon Department of Justice", rewritten for Colorado.
      { id: 'agency:CO-imported-3', stateCode: 'CO', label: 'Colorado Department of Justice', topic: 'dmv' },
    ]);
  });

  it('reads no coverage of the older shape (the content script then wakes the background to republish)', async () => {
    await fakeBrowser.storage.local.set({ coverage: { version: 1, stateCodes: ['NM'], dataVersion: 'x', signature: '', updatedAt: 1 } });
    expect(await coverageItem.get()).toBeUndefined();
    const agency = { id: 'agency:CO-imported-1', stateCode: 'CO', label: 'Division of Motor Vehicles', topic: 'dmv' };
    const v2 = { version: 2, stateCodes: ['CO'], dataVersion: 'x', signature: '', updatedAt: 1, agencies: [agency] };
    await fakeBrowser.storage.local.set({ coverage: v2 });
    expect((await coverageItem.get())?.agencies).toEqual([agency]);
    // An id that names another state than its own is not an agency of that state.
    await fakeBrowser.storage.local.set({ coverage: { ...v2, agencies: [{ ...agency, id: 'agency:NM-imported-1' }] } });
    expect(await coverageItem.get()).toBeUndefined();
  });
});

describe('imported states’ agencies, on the page', () => {
  const AGENCIES: ImportedAgency[] = [
    { id: 'agency:CO-imported-1', stateCode: 'CO', label: 'Division of Motor Vehicles', topic: 'dmv' },
    { id: 'agency:CO-imported-2', stateCode: 'CO', label: 'Colorado Department of Revenue', topic: 'dmv' },
    { id: 'agency:OR-imported-1', stateCode: 'OR', label: 'Oregon Department of Justice', topic: 'dmv' },
  ];
  const matcher = importedAgencyMatcher(AGENCIES)!;
  const found = (text: string) => matcher.add(text, matchTerms(text, { lang: 'en' })).map((m) => `${m.text}=${m.termId}`);

  it('matches a name with its state in it anywhere, in place of the state’s name inside it', () => {
    expect(found('A spokesperson for the Oregon Department of Justice declined to comment.')).toEqual(['Oregon Department of Justice=agency:OR-imported-1']);
    expect(found('The Colorado Department of Revenue runs it.')).toEqual(['Colorado Department of Revenue=agency:CO-imported-2']);
  });

  it('matches a name without its state only where the same text names the state', () => {
    expect(found('In Colorado, the Division of Motor Vehicles\nshares records only under a court order.')).toEqual([
      'Colorado=state:CO',
      'Division of Motor Vehicles=agency:CO-imported-1',
      'court order=topic:court-order',
    ]);
    expect(found('Colorado’s Division of Motor Vehicles said so.')).toEqual(['Colorado’s=state:CO', 'Division of Motor Vehicles=agency:CO-imported-1']);
    expect(found('New Mexico’s rules differ; the Division of Motor Vehicles did not say.')).toEqual(['New Mexico’s=state:NM']);
  });

  it('leaves another state’s agency of the same name alone', () => {
    expect(found('Colorado officials and the Arizona Division of Motor Vehicles met.')).toEqual(['Colorado=state:CO', 'Arizona=state:AZ']);
  });

  it('gives the page its terms, and nothing when no state was imported', () => {
    expect(matcher.terms.get('agency:CO-imported-1')).toEqual({ id: 'agency:CO-imported-1', kind: 'agency', label: 'Division of Motor Vehicles', stateCode: 'CO', topic: 'dmv' });
    expect(importedAgencyMatcher([])).toBeUndefined();
  });
});
