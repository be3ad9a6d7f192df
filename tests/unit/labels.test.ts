import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeFacets } from '@/utils/facets';
import { indexDocument } from '@/utils/index-document';
import { computeLabels, stanceOf } from '@/utils/labels';
import { parseDocumentOrThrow } from '@/utils/parse-document';
import type { EntryLabel, ParsedDocument, StoredEntry } from '@/utils/document-types';

const FILES = ['new-mexico-dmv', 'california-dmv', 'maine-dmv', 'new-mexico-courts', 'minnesota-dmv'];
const load = (name: string): ParsedDocument =>
  parseDocumentOrThrow(readFileSync(new URL(`../../data/documents/${name}.txt`, import.meta.url), 'utf8'));

const indexed = (name: string) => indexDocument(load(name), 'bundled', 0);
const labelsOf = (entries: StoredEntry[], question: number, kind: EntryLabel['kind']) =>
  entries[question - 1].labels.filter((l) => l.kind === kind);

describe('contradictions', () => {
  it('links Maine Q1 and Q20 both ways', () => {
    const { entries } = indexed('maine-dmv');
    const [q1] = labelsOf(entries, 1, 'contradicted');
    const [q20] = labelsOf(entries, 20, 'contradicted');
    expect(q1.related).toContain(20);
    expect(q20.related).toContain(1);
    expect(q1.explanation).toMatch(/Maine/);
    expect(q20.explanation).toMatch(/question(s)? .*1/);
  });

  it('reads the stances behind them', () => {
    const maine = load('maine-dmv');
    expect(stanceOf(maine.entries[0].text, 'Maine')).toBe('restricts');
    expect(stanceOf(maine.entries[19].text, 'Maine')).toBe('permits');
  });

  it('finds no contradiction in the California document', () => {
    const { entries } = indexed('california-dmv');
    expect(entries.flatMap((e) => e.labels).filter((l) => l.kind === 'contradicted')).toEqual([]);
  });

  it('is symmetric in every document', () => {
    for (const file of FILES) {
      const { entries } = indexed(file);
      for (const entry of entries) {
        for (const label of entry.labels.filter((l) => l.kind === 'contradicted')) {
          expect(label.related?.length).toBeGreaterThan(0);
          for (const other of label.related ?? []) {
            const back = entries[other - 1].labels.find((l) => l.kind === 'contradicted');
            expect(back?.related).toContain(entry.number);
          }
        }
      }
    }
  });

  it('ignores a restriction another state holds, and hypotheticals', () => {
    expect(stanceOf('Unlike California, which has laws in place that prohibit sharing with ICE, it is open.', 'Maine')).toBe(undefined);
    expect(stanceOf('If Maine passed a law, it would prohibit the DMV from sharing data with ICE.', 'Maine')).toBe(undefined);
    expect(stanceOf('Maine law prohibits the BMV from sharing data with ICE.', 'Maine')).toBe('restricts');
    expect(stanceOf('Maine has not established specific laws on data sharing with ICE.', 'Maine')).toBe('permits');
    // Both kinds in one answer: no stance.
    expect(stanceOf('Maine does not share data with ICE. Maine shares driver data with ICE.', 'Maine')).toBe(undefined);
  });
});

describe('hedged and general labels', () => {
  it('labels the hedges of New Mexico DMV Q7 and Maine Q6', () => {
    const [nm] = labelsOf(indexed('new-mexico-dmv').entries, 7, 'hedged');
    expect(nm.explanation).toContain('“As of my latest knowledge”');
    const [me] = labelsOf(indexed('maine-dmv').entries, 6, 'hedged');
    expect(me.explanation).toBe(
      'Contains “As of my last update”, a dating hedge typical of machine-generated text: the answer may be out of date.',
    );
  });

  it('labels general answers with the state they fail to address', () => {
    const [general] = labelsOf(indexed('california-dmv').entries, 3, 'general');
    expect(general.explanation).toBe('Speaks about states in general, not specifically about California.');
    expect(labelsOf(indexed('california-dmv').entries, 1, 'general')).toEqual([]);
  });

  it('gives every label on every bundled document an explanation', () => {
    for (const file of FILES) {
      for (const entry of indexed(file).entries) {
        for (const label of entry.labels) expect(label.explanation.trim().length).toBeGreaterThan(10);
      }
    }
  });

  it('returns a list for every question, from computeLabels directly', () => {
    const doc = load('minnesota-dmv');
    const labels = computeLabels(doc.entries.map((e) => ({ ...e, ...computeFacets(e, doc) })), doc);
    expect([...labels.keys()]).toEqual(doc.entries.map((e) => e.number));
  });
});

describe('indexDocument', () => {
  const OREGON = [
    'Categories Federal Government',
    '',
    'State DMV Data Sharing With ICE in Oregon',
    '',
    '1. Does the Oregon DMV share data with ICE?',
    '',
    'As of my last update, Oregon has laws in place that prohibit the DMV from sharing personal information with ICE.',
    '',
    '2. How do other states compare?',
    '',
    'Many states share data. Some states do not. Other states vary.',
    '',
    '3. Is there a specific law?',
    '',
    'Oregon has not established specific laws to restrict data sharing with ICE.',
    '',
  ].join('\n');

  it('labels an imported document the same way', () => {
    const { document, entries } = indexDocument(parseDocumentOrThrow(OREGON, { origin: 'oregon.txt' }), 'imported', 42);
    expect(document).toEqual({
      id: 'or-dmv-data-sharing',
      title: 'State DMV Data Sharing With ICE in Oregon',
      category: 'Federal Government',
      stateCode: 'OR',
      stateName: 'Oregon',
      topic: 'dmv-data-sharing',
      origin: 'oregon.txt',
      source: 'imported',
      entryCount: 3,
      addedAt: 42,
    });
    expect(entries.map((e) => e.id)).toEqual(['or-dmv-data-sharing#1', 'or-dmv-data-sharing#2', 'or-dmv-data-sharing#3']);
    expect(entries[0]).toMatchObject({ docId: 'or-dmv-data-sharing', docTitle: document.title, source: 'imported', stateCode: 'OR' });

    expect(entries[0].labels.map((l) => l.kind)).toEqual(['hedged', 'contradicted']);
    expect(entries[0].labels[1].related).toEqual([3]);
    expect(entries[1].labels.map((l) => l.kind)).toEqual(['general']);
    expect(entries[1].theme).toBe('comparison');
    expect(entries[2].labels).toEqual([{ kind: 'contradicted', explanation: expect.stringContaining('question 1'), related: [1] }]);
  });

  it('builds stored rows for every bundled entry', () => {
    const { document, entries } = indexed('new-mexico-courts');
    expect(document.entryCount).toBe(20);
    expect(document.source).toBe('bundled');
    expect(entries[1].id).toBe('nm-court-information-sharing#2');
    expect(entries.every((e) => e.docTitle === 'State Court Information Sharing With ICE in New Mexico')).toBe(true);
  });
});
