import { describe, expect, it } from 'vitest';
import { CHECKED_ON } from '@/data/checked-types';
import { termById } from '@/data/lexicon';
import { rankAnswers } from '@/utils/rank-answers';
import { verdictRank } from '@/utils/review';
import { generalAnswers, keyFactsOf, summarizeState } from '@/utils/state-summary';
import { bundledAnswers } from './helpers';

const answers = bundledAnswers();

describe('summarizeState', () => {
  it('gives New Mexico both of its documents, DMV first, each with a headline answer', () => {
    const docs = summarizeState('NM', answers);
    expect(docs.map((d) => d.docId)).toEqual(['nm-dmv-data-sharing', 'nm-court-information-sharing']);
    expect(docs[0].headline?.theme).toBe('current-policy');
    expect(docs[1].headline).toBeDefined();
  });

  it('leads every document with its best-supported answer on the state’s policy, never a worse one', () => {
    const LEAD_THEMES = ['current-policy', 'legal-basis', 'what-is-shared', 'comparison'];
    for (const code of ['NM', 'CA', 'ME', 'MN']) {
      for (const doc of summarizeState(code, answers)) {
        const policy = doc.byTheme
          .filter((g) => LEAD_THEMES.includes(g.theme))
          .flatMap((g) => g.answers)
          .filter((a) => a.scope === 'state' && !a.labels.some((l) => l.kind === 'general'));
        const best = Math.max(...policy.map((a) => verdictRank(a.review?.verdict)));
        expect(policy, doc.docId).toContain(doc.headline);
        expect(verdictRank(doc.headline?.review?.verdict), doc.docId).toBe(best);
      }
    }
  });

  it('leads Maine with Q20, whose claims on Maine’s policy the review confirms, not Q18 or Q1', () => {
    // Q1 (current policy) has wrong claims; Q18 (sorted under current policy) and Q20 (a
    // comparison) each have one unsourced claim, but Q20's two confirmed claims are Maine's
    // policy ("has not established specific laws", "may share … as allowed under federal
    // regulations") and Q18's one is incidental.
    const [maine] = summarizeState('ME', answers);
    expect(maine.headline?.number).toBe(20);
    // The popover's first answer for "Maine" is the same one.
    const ranked = rankAnswers(termById('state:ME')!, { states: { ME: 2 }, topicWords: ['dmv', 'license'] }, answers, 3);
    expect(ranked[0].item.id).toBe(maine.headline?.id);
  });

  it('leads with the same answer in the side panel and the popover, for every document', () => {
    for (const code of ['NM', 'CA', 'ME', 'MN']) {
      for (const doc of summarizeState(code, answers)) {
        const words = doc.docId.includes('court') ? ['court', 'judge'] : ['dmv', 'license'];
        const [first] = rankAnswers(termById(`state:${code}`)!, { states: { [code]: 1 }, topicWords: words }, answers, 3);
        expect(first.item.id, doc.docId).toBe(doc.headline?.id);
      }
    }
  });

  it('groups all twenty questions by theme', () => {
    for (const doc of summarizeState('CA', answers)) {
      expect(doc.byTheme.reduce((n, g) => n + g.answers.length, 0)).toBe(20);
      expect(doc.byTheme[0].theme).toBe('current-policy');
    }
  });

  it('lists the laws, bills and years a document cites, with the questions that cite them', () => {
    const facts = keyFactsOf(answers.filter((a) => a.docId === 'ca-dmv-data-sharing'));
    const ab60 = facts.find((f) => f.label === 'AB 60');
    expect(ab60?.kind).toBe('bill');
    expect(ab60?.questions).toContain(1);
    expect(facts.some((f) => f.kind === 'year' && f.label === '2019')).toBe(true);
  });

  it('shows Maine’s contradiction and its unsourced § 1708 claim in "How sure is this?"', () => {
    const [maine] = summarizeState('ME', answers);
    expect(maine.trust.contradictions).toContainEqual({ a: 1, b: 20 });
    expect(maine.trust.problems.some((d) => d.answer.number === 2)).toBe(true);
    expect(maine.trust.hedgedShare).toBeGreaterThan(0);
    expect(maine.trust.lastChecked).toBe(CHECKED_ON);
  });

  it('counts California’s answers by verdict, twenty in all, with the wrong AB 60 answer among the problems', () => {
    const [ca] = summarizeState('CA', answers);
    expect(ca.trust.reviewed).toBe(20);
    expect(Object.values(ca.trust.byVerdict).reduce((n, x) => n + x, 0)).toBe(20);
    expect(ca.trust.byVerdict.wrong).toBeGreaterThan(0);
    expect(ca.trust.problems.find((d) => d.answer.number === 1)?.verdict).toBe('wrong');
    // Worst first.
    expect(ca.trust.problems[0].verdict).toBe('wrong');
  });

  it('links New Mexico courts Q2 and Q7, which contradict each other', () => {
    const courts = summarizeState('NM', answers).find((d) => d.docId === 'nm-court-information-sharing')!;
    expect(courts.trust.contradictions).toContainEqual({ a: 2, b: 7 });
  });

  it('has nothing for a state without documents, and general answers to show instead', () => {
    expect(summarizeState('TX', answers)).toEqual([]);
    const general = generalAnswers(answers);
    expect(general.length).toBeGreaterThan(0);
    expect(general.every((a) => a.scope === 'general')).toBe(true);
  });
});
