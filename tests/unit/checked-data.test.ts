/**
 * The checked layer as data: every bundled answer reviewed, every state's status complete and
 * sourced, nothing that looks checked without a source. These fail when the data is edited badly.
 */
import { describe, expect, it } from 'vitest';
import { ANSWER_REVIEWS, reviewFor } from '@/data/answer-reviews';
import { CHECKED_ON, type Source, type StateStatus } from '@/data/checked-types';
import { BUNDLED_DOCUMENTS } from '@/data/documents';
import { COURTS_STATUSES, STATE_STATUSES, statusFor } from '@/data/state-status';
import { STATES } from '@/data/states';
import { findingsOf, isSpecificPage, isValidDate } from '@/utils/checked-status';
import { toReviewView } from '@/utils/review';
import { indexBundledDocuments } from '@/utils/storage/seed';

const entries = indexBundledDocuments(BUNDLED_DOCUMENTS, 0).entries;

function expectSpecificSources(sources: readonly Source[], where: string) {
  for (const s of sources) {
    expect(isSpecificPage(s.url), `${where}: ${s.url} is not a specific page`).toBe(true);
    expect(s.title.trim(), `${where}: source without a title`).not.toBe('');
  }
}

describe('answer reviews', () => {
  it('review all 100 bundled answers, each claim quoted from its own answer', () => {
    expect(entries).toHaveLength(100);
    expect(ANSWER_REVIEWS).toHaveLength(100);
    for (const entry of entries) {
      const review = reviewFor(entry.docId, entry.number);
      expect(review, `${entry.id} has no review`).toBeDefined();
      expect(review!.claims.length, `${entry.id} has no claim`).toBeGreaterThan(0);
      expect(review!.checked).toBe(CHECKED_ON);
      for (const claim of review!.claims) {
        expect(entry.text, `${entry.id}: quote not in the answer`).toContain(claim.quote);
        expect(['supported', 'wrong', 'unsupported', 'outdated', 'general']).toContain(claim.verdict);
        expect(claim.reason.trim().length, `${entry.id}: claim without a reason`).toBeGreaterThan(10);
        if (['supported', 'wrong', 'outdated'].includes(claim.verdict)) {
          expect(claim.sources.length, `${entry.id}: ${claim.verdict} claim without a source`).toBeGreaterThan(0);
        }
        expectSpecificSources(claim.sources, entry.id);
      }
      if (review!.procedureWarning) expectSpecificSources(review!.procedureWarning.sources, `${entry.id} warning`);
    }
  });

  it('links every contradiction both ways, within one document', () => {
    for (const review of ANSWER_REVIEWS) {
      for (const other of review.contradicts ?? []) {
        expect(other).not.toBe(review.question);
        expect(reviewFor(review.docId, other)?.contradicts, `${review.docId} Q${review.question} ↔ Q${other}`).toContain(review.question);
      }
    }
    expect(reviewFor('me-dmv-data-sharing', 1)?.contradicts).toContain(20);
    expect(reviewFor('nm-court-information-sharing', 2)?.contradicts).toContain(7);
  });

  it('never lets New Mexico DMV Q8 (an invented 2003 act) look checked', () => {
    const q8 = toReviewView(reviewFor('nm-dmv-data-sharing', 8)!);
    expect(q8.verdict).toBe('wrong');
  });

  it('marks the known wrong claims of the first audit as wrong', () => {
    expect(toReviewView(reviewFor('ca-dmv-data-sharing', 1)!).verdict).toBe('wrong');
    expect(toReviewView(reviewFor('mn-dmv-data-sharing', 2)!).verdict).toBe('wrong');
  });

  it('warns where an answer advises an "opt out" that does not exist', () => {
    expect(reviewFor('ca-dmv-data-sharing', 14)?.procedureWarning).toBeDefined();
    expect(reviewFor('mn-dmv-data-sharing', 20)?.procedureWarning).toBeDefined();
  });
});

describe('state status', () => {
  it('has one entry for each of the 50 states and DC', () => {
    expect(STATE_STATUSES).toHaveLength(51);
    expect(new Set(STATE_STATUSES.map((s) => s.code))).toEqual(new Set(STATES.map((s) => s.code)));
  });

  it('names a law and a source page for every yes or partly, with valid dates', () => {
    for (const status of STATE_STATUSES) checkStatus(status);
    for (const courts of COURTS_STATUSES) {
      expect(isValidDate(courts.checked, CHECKED_ON)).toBe(true);
      for (const f of courts.findings) {
        // Some court findings are facts, not protections ("Has ICE made arrests at courthouses?"):
        // a source is required, a law only where one is named.
        if (f.verdict === 'yes' || f.verdict === 'partly') expect(f.sources.length, `${courts.code} courts: ${f.question}`).toBeGreaterThan(0);
        for (const id of f.laws) expect(courts.laws.some((l) => l.id === id), `${courts.code} courts cites unknown law ${id}`).toBe(true);
        expectSpecificSources(f.sources, `${courts.code} courts`);
      }
    }
  });

  it('names the law that now decides the answer in each covered state, and Nlets with a date', () => {
    const expectLaw = (code: string, pattern: RegExp) => {
      const status = statusFor(code)!;
      expect(status.laws.map((l) => `${l.name} ${l.citation}`).join(' | '), code).toMatch(pattern);
      expect(isValidDate(status.nlets.asOf, CHECKED_ON), `${code} Nlets date`).toBe(true);
    };
    expectLaw('NM', /SB\s?36/);
    expectLaw('ME', /LD\s?1971/);
    expectLaw('MN', /HF\s?4\b/);
    expectLaw('CA', /AB\s?1747/);
  });

  it('records the states Nlets listed as having blocked ICE', () => {
    for (const code of ['IL', 'NY', 'MA', 'MN']) expect(statusFor(code)!.nlets.verdict, code).toBe('yes');
  });
});

function checkStatus(status: StateStatus) {
  const where = status.code;
  expect(status.headline.trim().length, where).toBeGreaterThan(10);
  expect(isValidDate(status.checked, CHECKED_ON), `${where} checked`).toBe(true);
  expect(isValidDate(status.nlets.asOf, CHECKED_ON), `${where} Nlets as of ${status.nlets.asOf}`).toBe(true);
  const lawIds = new Set(status.laws.map((l) => l.id));
  for (const law of status.laws) {
    expect(law.sources.length, `${where} ${law.id} without a source`).toBeGreaterThan(0);
    expectSpecificSources(law.sources, `${where} ${law.id}`);
    expect(law.year).toBeGreaterThan(1900);
    if (law.effective) expect(isValidDate(law.effective, '2100-01-01'), `${where} ${law.id} effective ${law.effective}`).toBe(true);
  }
  for (const { key, finding } of findingsOf(status)) {
    expectSpecificSources(finding.sources, `${where} ${key}`);
    for (const id of finding.laws) expect(lawIds.has(id), `${where} ${key} cites unknown law ${id}`).toBe(true);
    if (finding.verdict === 'yes' || finding.verdict === 'partly') {
      expect(finding.laws.length + (key === 'nlets' ? 1 : 0), `${where} ${key}: ${finding.verdict} without a law`).toBeGreaterThan(0);
      expect(finding.sources.length, `${where} ${key}: ${finding.verdict} without a source`).toBeGreaterThan(0);
    }
  }
}
