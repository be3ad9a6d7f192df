import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeFacets } from '@/utils/facets';
import { indexDocument } from '@/utils/index-document';
import { computeLabels, stanceOf, stanceReading, type Stance } from '@/utils/labels';
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

  it('links California Q1 and Q2 only: a limit (Q10) and a list of what is shared (Q2) can both be true', () => {
    const { entries } = indexed('california-dmv');
    const linked = entries.filter((e) => e.labels.some((l) => l.kind === 'contradicted')).map((e) => e.number);
    expect(linked).toEqual([1, 2]);
    expect(labelsOf(entries, 2, 'contradicted')[0].related).toEqual([1]);
    expect(stanceReading(entries[9].text, 'California')).toEqual({ stance: 'restricts', firm: false });
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

  // One sentence, read for Maine: [text, stance, firm]. `undefined` is "takes no stance".
  const cases: Array<[string, Stance | undefined, boolean?]> = [
    ['Maine law prohibits the BMV from sharing data with ICE.', 'restricts', true],
    ['Maine has not established specific laws on data sharing with ICE.', 'permits', true],
    // Both kinds in one answer.
    ['Maine does not share data with ICE. Maine shares driver data with ICE.', undefined],
    // Another state's law, wherever it stands.
    ['Unlike California, which has laws in place that prohibit sharing with ICE, it is open.', undefined],
    ['Unlike California, which has enacted laws preventing the sharing of data with ICE, Maine is silent.', undefined],

    // "laws preventing …", "there are laws in place preventing …"
    ['Maine has enacted laws preventing the sharing of driver data with ICE.', 'restricts', true],
    ['There are laws in place preventing the Maine BMV from sharing data with ICE.', 'restricts', true],
    ['In Maine, there are laws prohibiting the disclosure of driver records to ICE.', 'restricts', true],
    ['In 2019, the Maine legislature passed a law that restricts cooperation with ICE.', 'restricts', false],
    ['Maine has not passed laws preventing the sharing of data with ICE.', 'permits', true],
    ['There are no laws in Maine preventing the BMV from sharing data with ICE.', 'permits', true],
    ['There have not been any legislative initiatives in Maine aimed at restricting the sharing of data with ICE.', 'permits', true],

    // The nominal "the sharing of … with ICE"
    ['In Maine, the sharing of driver data with ICE is prohibited.', 'restricts', true],
    ['In Maine, there are restrictions on the sharing of driver data with ICE.', 'restricts', false],
    ['The Maine BMV does not automatically share data with ICE.', 'restricts', false],
    ['The Maine BMV does not share data with ICE.', 'restricts', true],
    ['There are no restrictions on the sharing of Maine driver data with ICE.', 'permits', true],
    ['The sharing of DMV data with ICE in Maine has had a significant impact on trust.', 'permits', true],
    ['Overall, the sharing of driver data with ICE in Maine is just one component of federal enforcement.', 'permits', true],
    ['The sharing of DMV data with ICE in Maine aligns with federal enforcement strategies.', 'permits', true],
    // … but not concerns or debate (they attach to a feared practice too), modals, or a state elsewhere.
    ['The sharing of DMV data with ICE in Maine has raised concerns among advocates.', undefined],
    ['The sharing of DMV data with ICE in Maine has sparked debate.', undefined],
    ['The sharing of DMV data with ICE in Maine can have a significant impact.', undefined],
    ['The sharing of DMV data with ICE in Maine must comply with federal law.', undefined],
    ['The sharing of data with ICE has a significant impact on immigrants in Maine.', undefined],
    ['Sharing DMV data with ICE in Maine raises privacy concerns.', undefined],
    ['Advocates want to inform the public about the sharing of DMV data with ICE in Maine, which has grown.', undefined],

    // What is shared
    ['The information shared between the Maine BMV and ICE includes names and addresses.', 'permits', false],
    ['In Maine, the information shared with ICE is limited to what a court orders.', undefined],
    ['In Maine, the information shared with ICE includes only what a court orders.', undefined],
    ['Maine state law requires that officers must report such information to ICE.', 'permits', true],

    // "may": a possibility of sharing reads as a qualified permit, unless conditioned; elsewhere it
    // hedges its own clause only.
    ['In Maine, driver data may be shared with ICE for enforcement purposes.', 'permits', false],
    ['The Maine BMV may provide ICE with addresses.', 'permits', false],
    ['In Maine, driver data may be shared with ICE only with a court order.', undefined],
    ['In Maine, driver data may be shared with ICE if a judge orders it.', undefined],
    ['When ICE presents a warrant, the Maine BMV may share records with ICE.', undefined],
    ['In Maine, driver data may not be shared with ICE.', undefined],
    ['Maine data may be requested by ICE.', undefined],
    ['Maine law prohibits the BMV from sharing data with ICE, although practices may vary.', 'restricts', true],
    ['In May 2019, Maine enacted a law that prohibits the BMV from sharing data with ICE.', 'restricts', true],

    // "when": the clause it opens is a condition, the rest is still a claim.
    ['When the Maine BMV shares data with ICE, people are afraid.', undefined],
    ['Maine people are afraid when the BMV shares data with ICE.', undefined],
    ['Maine prohibits the BMV from sharing data with ICE when no warrant is shown.', 'restricts', true],
    ['When it comes to ICE, Maine has laws in place that prevent the sharing of driver data.', 'restricts', true],
    // Still hypothetical as a whole.
    ['If Maine passed a law, it would prohibit the DMV from sharing data with ICE.', undefined],
    ['If the Maine BMV were to share data with ICE, trust would suffer.', undefined],
    ['Advocates push for Maine laws that prohibit sharing data with ICE.', undefined],
  ];
  it.each(cases)('%s → %s', (text, stance, firm) => {
    expect(stanceOf(text, 'Maine')).toBe(stance);
    if (stance) expect(stanceReading(text, 'Maine')?.firm).toBe(firm);
  });
});

describe('firm and qualified stances', () => {
  const doc = (lines: string[]) =>
    [
      'Categories Federal Government',
      '',
      'State DMV Data Sharing With ICE in Oregon',
      '',
      ...lines.flatMap((line, i) => [`${i + 1}. Question ${i + 1}?`, '', line, '']),
    ].join('\n');
  const related = (lines: string[]) =>
    indexDocument(parseDocumentOrThrow(doc(lines)), 'imported', 0).entries.map(
      (e) => e.labels.find((l) => l.kind === 'contradicted')?.related ?? [],
    );

  it('links a qualified stance only to a firm one', () => {
    expect(
      related([
        'Oregon has laws in place that restrict the sharing of DMV data with ICE.',
        'The information shared between the Oregon DMV and ICE includes names.',
        'Oregon law prohibits the DMV from sharing data with ICE.',
        'Oregon has not established specific laws on data sharing with ICE.',
      ]),
    ).toEqual([[4], [3], [2, 4], [1, 3]]);
  });

  it('takes the firm reading when an answer says both', () => {
    const text = 'Oregon has laws that limit sharing with ICE. Oregon law prohibits the DMV from sharing data with ICE.';
    expect(stanceReading(text, 'Oregon')).toEqual({ stance: 'restricts', firm: true });
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
