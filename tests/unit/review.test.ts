import { describe, expect, it } from 'vitest';
import { isSpecificPage, isValidDate } from '@/utils/checked-status';
import { toReviewView, verdictRank, worstVerdict } from '@/utils/review';

describe('review verdicts', () => {
  it('gives an answer its worst claim’s verdict', () => {
    expect(worstVerdict([{ verdict: 'supported' }, { verdict: 'wrong' }, { verdict: 'unsupported' }])).toBe('wrong');
    expect(worstVerdict([{ verdict: 'supported' }, { verdict: 'outdated' }])).toBe('outdated');
    expect(worstVerdict([{ verdict: 'general' }, { verdict: 'unsupported' }])).toBe('unsupported');
    expect(worstVerdict([{ verdict: 'supported' }, { verdict: 'supported' }])).toBe('supported');
  });

  it('ranks how well supported an answer is: supported highest, wrong lowest, not reviewed in between', () => {
    expect(verdictRank('supported')).toBeGreaterThan(verdictRank('general'));
    expect(verdictRank('general')).toBeGreaterThan(verdictRank(undefined));
    expect(verdictRank(undefined)).toBeGreaterThan(verdictRank('unsupported'));
    expect(verdictRank('unsupported')).toBeGreaterThan(verdictRank('outdated'));
    expect(verdictRank('outdated')).toBeGreaterThan(verdictRank('wrong'));
  });

  it('never calls an answer without claims checked', () => {
    expect(worstVerdict([])).toBe('unsupported');
  });

  it('lists claims worst first and counts them', () => {
    const view = toReviewView({
      docId: 'x',
      question: 1,
      checked: '2026-11-30',
      claims: [
        { quote: 'a', verdict: 'supported', reason: 'r', sources: [], confidence: 'high' },
        { quote: 'b', verdict: 'wrong', reason: 'r', sources: [], confidence: 'high' },
      ],
    });
    expect(view.claims.map((c) => c.quote)).toEqual(['b', 'a']);
    expect(view.counts).toEqual({ wrong: 1, supported: 1 });
  });
});

describe('sources and dates', () => {
  it('accepts specific pages and refuses homepages', () => {
    expect(isSpecificPage('https://www.aclumaine.org/')).toBe(false);
    expect(isSpecificPage('https://www.aclumaine.org')).toBe(false);
    expect(isSpecificPage('https://metro.nmcourts.gov/index.html')).toBe(false);
    expect(isSpecificPage('ftp://example.org/file')).toBe(false);
    expect(isSpecificPage('not a url')).toBe(false);
    expect(isSpecificPage('https://www.aclumaine.org/en/legislation/ld-1971')).toBe(true);
    expect(isSpecificPage('https://www.uscisguide.com/?p=77527')).toBe(true);
  });

  it('accepts real dates up to today only', () => {
    expect(isValidDate('2025-11-12', '2026-11-30')).toBe(true);
    expect(isValidDate('2025-11', '2026-11-30')).toBe(true);
    expect(isValidDate('2025-02-30', '2026-11-30')).toBe(false);
    expect(isValidDate('2027-01-01', '2026-11-30')).toBe(false);
    expect(isValidDate('2014', '2026-11-30')).toBe(true);
    expect(isValidDate('12 Nov 2025', '2026-11-30')).toBe(false);
  });
});
