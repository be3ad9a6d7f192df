import { describe, expect, it } from 'vitest';
import { generalAnswers, keyFactsOf, summarizeState } from '@/utils/state-summary';
import { bundledAnswers } from './helpers';

const answers = bundledAnswers();

describe('summarizeState', () => {
  it('gives New Mexico both of its documents, DMV first, each with a headline answer', () => {
    const docs = summarizeState('NM', answers);
    expect(docs.map((d) => d.docId)).toEqual(['nm-dmv-data-sharing', 'nm-court-information-sharing']);
    expect(docs[0].headline?.theme).toBe('current-policy');
    expect(docs[0].headline?.number).toBe(1);
    expect(docs[1].headline).toBeDefined();
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

  it('shows Maine’s contradiction and its disputed claim in "How sure is this?"', () => {
    const [maine] = summarizeState('ME', answers);
    expect(maine.trust.contradictions).toContainEqual({ a: 1, b: 20 });
    expect(maine.trust.disputed.some((d) => d.answer.number === 2)).toBe(true);
    expect(maine.trust.hedgedShare).toBeGreaterThan(0);
    expect(maine.trust.lastVerified).toBe('2026-11-21');
  });

  it('finds no contradiction in California’s document', () => {
    const [ca] = summarizeState('CA', answers);
    expect(ca.trust.contradictions).toEqual([]);
    expect(ca.trust.disputed.map((d) => d.answer.number)).toContain(1);
  });

  it('has nothing for a state without documents, and general answers to show instead', () => {
    expect(summarizeState('TX', answers)).toEqual([]);
    const general = generalAnswers(answers);
    expect(general.length).toBeGreaterThan(0);
    expect(general.every((a) => a.scope === 'general')).toBe(true);
  });
});
