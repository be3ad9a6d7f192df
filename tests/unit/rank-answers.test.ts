import { describe, expect, it } from 'vitest';
import { termById } from '@/data/lexicon';
import { rankAnswers, type RankContext } from '@/utils/rank-answers';
import { bundledAnswers } from './helpers';

const term = (id: string) => {
  const t = termById(id);
  if (!t) throw new Error(`no term ${id}`);
  return t;
};
const top = (id: string, context: RankContext, limit = 5) => rankAnswers(term(id), context, bundledAnswers(), limit);

describe('rankAnswers', () => {
  it('puts the New Mexico courts document first for ICE in an article about New Mexico courts', () => {
    const ranked = top('topic:ICE', { states: { NM: 5 }, topicWords: ['court', 'courts', 'judge', 'warrant'] });
    expect(ranked[0].item.docId).toBe('nm-court-information-sharing');
    expect(ranked.slice(0, 3).every((r) => r.item.docId === 'nm-court-information-sharing')).toBe(true);
    expect(ranked[0].reasons).toContainEqual({ code: 'article-state', count: 5 });
    expect(ranked[0].reasons).toContainEqual({ code: 'topic-courts' });
  });

  it('puts the New Mexico DMV current-policy answer first for "New Mexico" in an article about driver’s licenses', () => {
    const ranked = top('state:NM', { states: { NM: 2, CA: 1 }, topicWords: ['license', "driver's", 'dmv'] });
    expect(ranked[0].item.docId).toBe('nm-dmv-data-sharing');
    expect(ranked[0].item.theme).toBe('current-policy');
    // Q1 is the document's first answer, but its 2016 "policy" is wrong: a supported one leads.
    expect(ranked[0].item.review?.verdict).toBe('supported');
    expect(ranked[0].item.number).not.toBe(1);
  });

  it('puts supported answers before unsupported and wrong ones of the same theme, and says why', () => {
    for (const code of ['NM', 'CA', 'ME', 'MN']) {
      const ranked = top(`state:${code}`, { states: { [code]: 1 }, topicWords: [] }, 40);
      for (const theme of new Set(ranked.map((r) => r.item.theme))) {
        const same = ranked.filter((r) => r.item.theme === theme && !r.item.labels.length);
        const firstWrong = same.findIndex((r) => r.item.review?.verdict === 'wrong');
        const lastSupported = same.map((r) => r.item.review?.verdict).lastIndexOf('supported');
        if (firstWrong >= 0 && lastSupported >= 0) expect(firstWrong, `${code} ${theme}`).toBeGreaterThan(lastSupported);
      }
      const wrong = ranked.find((r) => r.item.review?.verdict === 'wrong');
      if (wrong) expect(wrong.reasons).toContainEqual({ code: 'verdict-wrong' });
    }
  });

  it('keeps to the term’s own state, whatever else the article mentions', () => {
    const ranked = top('state:CA', { states: { NM: 9, CA: 1 }, topicWords: [] });
    expect(ranked.length).toBeGreaterThan(0);
    expect(ranked.every((r) => r.item.stateCode === 'CA')).toBe(true);
    expect(ranked[0].item.number).toBe(1); // California Q1, the current-policy answer
  });

  it('lets the article’s states decide for a federal term, most mentioned first', () => {
    const ranked = top('topic:ICE', { states: { MN: 6, ME: 1, TX: 4 }, topicWords: [] });
    expect(ranked[0].item.stateCode).toBe('MN');
    expect(ranked.every((r) => ['MN', 'ME'].includes(r.item.stateCode))).toBe(true);
  });

  it('ranks current policy and legal basis before commentary, and specific answers before general ones', () => {
    const ranked = top('state:ME', { states: { ME: 1 }, topicWords: [] }, 20);
    const themes = ranked.map((r) => r.item.theme);
    expect(themes.indexOf('current-policy')).toBeLessThan(themes.indexOf('controversy'));
    expect(themes.indexOf('legal-basis')).toBeLessThan(themes.indexOf('future'));
    // Among answers of one theme, a general one never outranks a specific one.
    for (const theme of new Set(themes)) {
      const same = ranked.filter((r) => r.item.theme === theme);
      const firstGeneral = same.findIndex((r) => r.item.labels.some((l) => l.kind === 'general'));
      const lastSpecific = same.map((r) => r.item.labels.some((l) => l.kind === 'general')).lastIndexOf(false);
      if (firstGeneral >= 0 && lastSpecific >= 0) expect(firstGeneral).toBeGreaterThan(lastSpecific);
    }
  });

  it('ranks hedged answers below unhedged ones of the same theme', () => {
    const ranked = top('state:ME', { states: { ME: 1 }, topicWords: [] }, 20);
    const safeguards = ranked.filter((r) => r.item.theme === 'safeguards');
    const hedged = safeguards.findIndex((r) => r.item.labels.some((l) => l.kind === 'hedged'));
    const clean = safeguards.findIndex((r) => r.item.labels.length === 0);
    if (hedged >= 0 && clean >= 0) expect(clean).toBeLessThan(hedged);
    expect(ranked.find((r) => r.item.labels.some((l) => l.kind === 'hedged'))?.reasons).toContainEqual({ code: 'hedged' });
  });

  it('prefers the states named in the term’s own paragraph over page-wide counts', () => {
    // "California and Minnesota passed laws limiting what their DMV can share", in an article
    // that mostly talks about New Mexico.
    const ranked = top('topic:DMV', { states: { NM: 9, CA: 1, MN: 1 }, nearStates: ['CA', 'MN'], topicWords: ['dmv', 'license'] });
    expect(['CA', 'MN']).toContain(ranked[0].item.stateCode);
    expect(ranked[0].reasons).toContainEqual({ code: 'paragraph-state' });
    expect(ranked.slice(0, 3).every((r) => r.item.stateCode !== 'NM')).toBe(true);
  });

  it('leads "Maine" with Q20, the answer the review confirms most of, and never with a wrong claim where a better one exists', () => {
    const ranked = top('state:ME', { states: { ME: 1 }, topicWords: [] });
    expect(ranked[0].item.number).toBe(20);
    expect(ranked.map((r) => r.item.number)).toContain(18);
    // Minnesota: Q1 (one claim unsourced) leads, not the wrong legal-basis answer the score alone put first.
    const mn = top('state:MN', { states: { MN: 1 }, topicWords: [] });
    expect(mn[0].item.number).toBe(1);
    expect(mn[0].item.review?.verdict).not.toBe('wrong');
  });

  it('leads an agency term with its state’s lead answer too (Maine’s Bureau of Motor Vehicles)', () => {
    expect(top('agency:ME-BMV', { states: { ME: 1 }, topicWords: [] })[0].item.number).toBe(20);
  });

  it('falls back to every document for a federal term on a page that names no covered state', () => {
    const ranked = top('topic:ICE', { states: { TX: 3 }, topicWords: ['license'] });
    expect(ranked.length).toBe(5);
    expect(ranked.every((r) => r.item.topic === 'dmv-data-sharing')).toBe(true);
  });
});
