import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FACT_CHECKS, FACT_CHECKS_LAST_VERIFIED, FURTHER_READING, factChecksFor } from '@/data/fact-checks';
import { parseDocumentOrThrow } from '@/utils/parse-document';
import type { ParsedDocument } from '@/utils/document-types';

const FILES = ['new-mexico-dmv', 'california-dmv', 'maine-dmv', 'new-mexico-courts', 'minnesota-dmv'];
const docs = new Map<string, ParsedDocument>(
  FILES.map((name) => {
    const doc = parseDocumentOrThrow(readFileSync(new URL(`../../data/documents/${name}.txt`, import.meta.url), 'utf8'));
    return [doc.id, doc];
  }),
);

function answer(docId: string, question: number): string {
  const entry = docs.get(docId)?.entries.find((e) => e.number === question);
  if (!entry) throw new Error(`no entry ${docId} Q${question}`);
  return entry.text;
}

describe('fact-check notes', () => {
  it.each(FACT_CHECKS.map((n) => [n.id, n] as const))('%s quotes its claim from an existing answer', (_, note) => {
    expect(answer(note.docId, note.question)).toContain(note.claim);
  });

  it('attach to the answers whose key claims they check', () => {
    const ca1 = answer('ca-dmv-data-sharing', 1);
    expect(ca1).toContain('AB 60');
    expect(ca1).toContain('2019');
    expect(answer('mn-dmv-data-sharing', 2)).toContain('2019');
    expect(answer('me-dmv-data-sharing', 2)).toContain('29-A M.R.S. § 1708');
    expect(answer('nm-dmv-data-sharing', 1)).toMatch(/2003[\s\S]*2016/);
    expect(answer('nm-dmv-data-sharing', 10)).toContain('Immigration Law Enforcement Act');
    const courts2 = answer('nm-court-information-sharing', 2);
    expect(courts2).toContain('MOA');
    expect(courts2).toContain('Administrative Office of the Courts');

    for (const [docId, question] of [
      ['ca-dmv-data-sharing', 1],
      ['me-dmv-data-sharing', 2],
      ['me-dmv-data-sharing', 1],
      ['me-dmv-data-sharing', 20],
      ['mn-dmv-data-sharing', 2],
      ['nm-dmv-data-sharing', 8],
      ['nm-dmv-data-sharing', 10],
      ['nm-court-information-sharing', 2],
    ] as const) {
      expect(factChecksFor(docId, question).length, `${docId} Q${question}`).toBeGreaterThan(0);
    }
  });

  it('give New Mexico DMV Q1 both its confirmed 2003 law and its disputed 2016 policy', () => {
    const notes = factChecksFor('nm-dmv-data-sharing', 1);
    expect(notes.map((n) => n.verdict).sort()).toEqual(['confirmed', 'disputed']);
  });

  it('match verdict to confidence', () => {
    for (const note of FACT_CHECKS) {
      if (note.verdict === 'unverified') expect(note.confidence).toBe('open');
      else expect(['high', 'medium']).toContain(note.confidence);
    }
    expect(factChecksFor('me-dmv-data-sharing', 2)[0].verdict).toBe('unverified');
    expect(factChecksFor('ca-dmv-data-sharing', 1)[0].verdict).toBe('disputed');
  });

  it('each carry a summary, a finding, sources, a confidence and the verification date', () => {
    expect(new Set(FACT_CHECKS.map((n) => n.id)).size).toBe(FACT_CHECKS.length);
    for (const note of FACT_CHECKS) {
      expect(note.summary.length).toBeGreaterThan(10);
      expect(note.summary).not.toContain('\n');
      expect(note.finding.length).toBeGreaterThan(note.summary.length);
      expect(note.sources.length).toBeGreaterThan(0);
      for (const source of note.sources) {
        expect(source.title.length).toBeGreaterThan(5);
        if (source.url) expect(source.url).toMatch(/^https:\/\//);
      }
      expect(note.lastVerified).toBe(FACT_CHECKS_LAST_VERIFIED);
    }
  });

  it('return nothing for an entry without notes', () => {
    expect(factChecksFor('ca-dmv-data-sharing', 2)).toEqual([]);
    expect(factChecksFor('unknown', 1)).toEqual([]);
  });

  it('offer further reading with https links', () => {
    expect(FURTHER_READING.map((r) => r.publisher)).toEqual([
      'National Immigration Law Center',
      'Georgetown Law Center on Privacy & Technology',
      'National Conference of State Legislatures',
    ]);
    for (const reading of FURTHER_READING) expect(reading.url).toMatch(/^https:\/\/www\.[a-z.]+\//);
  });
});
