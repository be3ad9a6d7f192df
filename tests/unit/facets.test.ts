import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { citationsIn, computeFacets, hedgesIn, scopeOf, themeOf } from '@/utils/facets';
import { parseDocumentOrThrow } from '@/utils/parse-document';
import type { ParsedDocument, Theme } from '@/utils/document-types';

const load = (name: string): ParsedDocument =>
  parseDocumentOrThrow(readFileSync(new URL(`../../data/documents/${name}.txt`, import.meta.url), 'utf8'));

const docs = {
  ca: load('california-dmv'),
  me: load('maine-dmv'),
  mn: load('minnesota-dmv'),
  nm: load('new-mexico-dmv'),
  nmCourts: load('new-mexico-courts'),
};

const facetsOf = (doc: ParsedDocument, question: number) => computeFacets(doc.entries[question - 1], doc);

describe('themeOf, on real questions', () => {
  const cases: Array<[keyof typeof docs, number, Theme]> = [
    ['ca', 1, 'current-policy'],
    ['ca', 2, 'what-is-shared'],
    ['ca', 3, 'process'],
    ['ca', 4, 'legal-basis'],
    ['ca', 6, 'impact'],
    ['ca', 10, 'controversy'], // "legal challenges" is a dispute, not the legal basis
    ['ca', 11, 'controversy'],
    ['ca', 14, 'individual-action'],
    ['ca', 19, 'safeguards'], // "in accordance with the law" is about safeguards
    ['ca', 20, 'future'],
    ['me', 2, 'legal-basis'],
    ['me', 9, 'safeguards'],
    ['me', 17, 'what-is-shared'],
    ['me', 20, 'comparison'],
    ['mn', 13, 'comparison'],
    ['mn', 16, 'impact'], // "law enforcement" does not make it legal-basis
    ['mn', 20, 'individual-action'],
    ['nm', 1, 'current-policy'],
    ['nm', 11, 'controversy'],
    ['nm', 15, 'future'],
    ['nm', 19, 'process'],
    ['nmCourts', 2, 'legal-basis'],
    ['nmCourts', 8, 'process'],
    ['nmCourts', 18, 'controversy'],
  ];
  it.each(cases)('%s Q%i → %s', (doc, question, theme) => {
    expect(themeOf(docs[doc].entries[question - 1].question)).toBe(theme);
  });

  it('uses every theme on the bundled questions and falls back to current-policy', () => {
    const used = new Set(Object.values(docs).flatMap((d) => d.entries.map((e) => themeOf(e.question))));
    expect(used.size).toBe(10);
    expect(themeOf('Tell me more?')).toBe('current-policy');
  });
});

describe('scopeOf', () => {
  it('marks answers about states in general that do not name their state', () => {
    expect(facetsOf(docs.ca, 3).scope).toBe('general'); // "Many states have automated systems…"
    expect(facetsOf(docs.ca, 16).scope).toBe('general');
    expect(facetsOf(docs.mn, 3).scope).toBe('general'); // "In most states, consent is not…"
  });

  it('keeps answers that name their state as state answers', () => {
    expect(facetsOf(docs.ca, 1).scope).toBe('state');
    expect(facetsOf(docs.me, 20).scope).toBe('state'); // names California once but Maine throughout
    expect(facetsOf(docs.nm, 14).scope).toBe('state');
  });

  it('does not count "United States" or the verb "states that"', () => {
    expect(scopeOf('People living in the United States. The law states that ICE…', 'Maine')).toBe('state');
    expect(scopeOf('Most states do this.', 'Maine')).toBe('general');
    expect(scopeOf('Most states do this, but Maine does not.', 'Maine')).toBe('state');
  });
});

describe('hedgesIn', () => {
  it('finds the hedges of New Mexico DMV Q7 and Maine Q6 as written', () => {
    expect(facetsOf(docs.nm, 7).hedges).toEqual(['As of my latest knowledge']);
    expect(facetsOf(docs.me, 6).hedges).toEqual(['As of my last update']);
  });

  it('finds the other forms in the documents', () => {
    expect(facetsOf(docs.me, 1).hedges).toEqual(['As of the latest available information']);
    expect(facetsOf(docs.mn, 1).hedges).toEqual(['As of September 2021']);
    expect(facetsOf(docs.me, 15).hedges).toEqual(['As of my last knowledge update']);
    expect(facetsOf(docs.nmCourts, 7).hedges).toEqual(['As of my latest information']);
  });

  it('deduplicates case-insensitively and finds none in plain answers', () => {
    expect(hedgesIn('As of my last update, x. as of my last update, y. As of my knowledge cutoff, z.')).toEqual([
      'As of my last update',
      'As of my knowledge cutoff',
    ]);
    expect(facetsOf(docs.ca, 1).hedges).toEqual([]);
  });
});

describe('citationsIn', () => {
  const keys = (doc: ParsedDocument, question: number, kind: string) =>
    facetsOf(doc, question).citations.filter((c) => c.kind === kind).map((c) => c.key);

  it('finds the bill and year of California Q1', () => {
    expect(keys(docs.ca, 1, 'bill')).toEqual(['AB 60']);
    expect(keys(docs.ca, 1, 'year')).toEqual(['2019']);
  });

  it('normalises "Assembly Bill 60" to AB 60 (California Q4)', () => {
    expect(keys(docs.ca, 4, 'bill')).toEqual(['AB 60']);
    expect(keys(docs.ca, 4, 'year')).toEqual(['2013']);
  });

  it('finds the statute of Maine Q2 and the New Mexico statute section', () => {
    expect(keys(docs.me, 2, 'statute')).toEqual(['29-A M.R.S. § 1708']);
    expect(keys(docs.nmCourts, 13, 'statute')).toEqual(['New Mexico Statutes Annotated § 29-2-13.1']);
  });

  it('finds named Acts and folds DPPA into the Driver’s Privacy Protection Act', () => {
    expect(keys(docs.ca, 19, 'act')).toEqual(["Driver's Privacy Protection Act"]);
    expect(keys(docs.mn, 8, 'act')).toEqual(["Driver's Privacy Protection Act", 'REAL ID Act', 'Privacy Act']);
    expect(keys(docs.nm, 8, 'act')).toContain("Driver's License Issuance and Immigration Status Act");
  });

  it('reads the other citation forms', () => {
    const found = citationsIn(
      'Under HF 4 and SF 27, Minn. Stat. § 171.12 and 18 U.S.C. § 2721 apply; see Vehicle Code § 12801.9, ' +
        'LD 1971, SB 36 and HB 173, the California Values Act and the REAL ID Act of 2005. Years: 1989, 1990, 2030, 2031.',
    );
    const byKind = (kind: string) => found.filter((c) => c.kind === kind).map((c) => c.key);
    expect(byKind('bill')).toEqual(['HF 4', 'SF 27', 'LD 1971', 'SB 36', 'HB 173']);
    expect(byKind('statute')).toEqual(['Minn. Stat. § 171.12', '18 U.S.C. § 2721', 'Vehicle Code § 12801.9']);
    expect(byKind('act')).toEqual(['California Values Act', 'REAL ID Act']);
    expect(byKind('year')).toEqual(['2005', '1990', '2030']);
  });

  const bills: Array<[string, string[]]> = [
    // Session-prefixed numbers: Colorado's bill 251 of the 2013 session.
    ['Senate Bill 13-251 took effect in 2014.', ['SB 13-251']],
    ['SB 13-251, SB13-251 and Senate Bill No. 13-251', ['SB 13-251']],
    ['HB 19-1001 and HB 20-1001', ['HB 19-1001', 'HB 20-1001']],
    ['H.B. 2013-12 and S.B. 54', ['HB 2013-12', 'SB 54']],
    ['A.B. 60, H.F. 4 and L.D. 1971', ['AB 60', 'HF 4', 'LD 1971']],
    ['AB 60, SB 54, HF 4 and LD 1971', ['AB 60', 'SB 54', 'HF 4', 'LD 1971']],
    ['the AB 60-related backlog', ['AB 60']],
    // A number that is neither a bill nor a session-prefixed bill is left out rather than cut.
    ['SB 123-45', []],
  ];
  it.each(bills)('reads the bills of %s', (text, expected) => {
    expect(citationsIn(text).filter((c) => c.kind === 'bill').map((c) => c.key)).toEqual(expected);
  });

  it('does not read a bill’s session as a year', () => {
    expect(citationsIn('H.B. 2013-12 and Senate Bill 19-1001').filter((c) => c.kind === 'year')).toEqual([]);
  });

  it('does not read numbers inside bills or statutes as years', () => {
    expect(citationsIn('SB 2019, Vehicle Code § 2004 and § 2005.').filter((c) => c.kind === 'year')).toEqual([]);
  });
});
