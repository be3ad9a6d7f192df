import { describe, expect, it } from 'vitest';
import { createSearch, normalizeQuery, SEARCH_KEYS, searchAnswers, toSearchRecord, tokenize, VOCABULARY_FUZZY } from '@/utils/search';
import { matchExcerpt } from '@/utils/search-excerpt';
import { STARTING_QUESTIONS } from '@/data/starting-questions';
import { bundledAnswers } from './helpers';

const answers = bundledAnswers();
const byId = new Map(answers.map((a) => [a.id, a]));
const records = answers.map((a) => toSearchRecord(a));
const engine = createSearch(records);
const search = (q: string, filters = {}) => searchAnswers(engine, byId, q, filters);

describe('search configuration', () => {
  it('weights the question and state above the answer text', () => {
    const weight = Object.fromEntries(SEARCH_KEYS.map((k) => [k.name, k.weight]));
    expect(weight.question).toBeGreaterThan(weight.text);
    expect(weight.state).toBeGreaterThan(weight.text);
    expect(VOCABULARY_FUZZY.threshold).toBeLessThanOrEqual(0.35);
    expect(tokenize('Driver’s license in Nuevo México')).toEqual(['drivers', 'license', 'in', 'nuevo', 'mexico']);
  });

  it('puts California’s answers first for "AB 60"', () => {
    const results = search('AB 60');
    expect(results.length).toBeGreaterThan(0);
    // Only California's document cites AB 60; nothing else should come up for it.
    expect(results.every((r) => r.answer.stateCode === 'CA')).toBe(true);
    expect(results[0].answer.number).toBe(1);
  });

  it('finds Minnesota despite the typo "Minesota"', () => {
    const results = search('Minesota');
    expect(results[0].answer.stateCode).toBe('MN');
    expect(results.slice(0, 10).every((r) => r.answer.stateCode === 'MN')).toBe(true);
  });

  it('matches spelling variants: "drivers licence"', () => {
    const results = search('drivers licence');
    expect(results.length).toBeGreaterThan(5);
    expect(results[0].answer.text.toLowerCase()).toMatch(/driver.?s? licen/);
  });

  it('narrows with every word: "new mexico court" finds the New Mexico courts document', () => {
    const results = search('new mexico court');
    expect(results[0].answer.docId).toBe('nm-court-information-sharing');
    expect(results.every((r) => r.answer.stateCode === 'NM')).toBe(true);
    expect(search('new mexico court').length).toBeLessThan(search('new mexico').length);
  });

  it('does not let "ICE" match "police" or "office"', () => {
    const results = search('ICE');
    for (const r of results.slice(0, 20)) expect(`${r.answer.question} ${r.answer.text}`).toMatch(/\bICE\b/i);
  });

  it('filters by state and topic', () => {
    const all = search('data');
    const me = search('data', { stateCode: 'ME' });
    const courts = search('data', { topic: 'court-information-sharing' });
    expect(me.length).toBeGreaterThan(0);
    expect(me.length).toBeLessThan(all.length);
    expect(me.every((r) => r.answer.stateCode === 'ME')).toBe(true);
    expect(courts.every((r) => r.answer.docId === 'nm-court-information-sharing')).toBe(true);
  });

  it('matches a word being typed by its prefix, and plurals by their stem', () => {
    expect(search('licen').length).toBeGreaterThan(10);
    expect(search('REAL I').length).toBeGreaterThan(0);
    const singular = search('driver license');
    expect(singular.length).toBeGreaterThan(5);
  });

  it('answers questions typed in full, and questions made only of common words', () => {
    const full = search('Does the DMV share my address with ICE');
    expect(full.length).toBeGreaterThan(0);
    expect(full[0].answer.text.toLowerCase()).toMatch(/address/);
    expect(search('what can I do').length).toBeGreaterThan(0);
  });

  it('finds answers for every starting question the popup offers', () => {
    for (const q of STARTING_QUESTIONS) expect(search(q).length, q).toBeGreaterThan(0);
  });

  it('returns nothing for an empty or punctuation-only query', () => {
    expect(search('   ')).toEqual([]);
    expect(search('!!!')).toEqual([]);
    expect(normalizeQuery('driver’s   license!!')).toBe("driver's license");
  });

  it('gives the same results from a stored (serialised) index', () => {
    const restored = createSearch(records, JSON.parse(JSON.stringify(engine.toJSON())));
    const a = searchAnswers(restored, byId, 'AB 60').map((r) => r.answer.id);
    expect(a).toEqual(search('AB 60').map((r) => r.answer.id));
  });
});

describe('matchExcerpt', () => {
  it('shows the matched word with words around it', () => {
    const text = 'In 2013 California passed AB 60, which allows undocumented residents to get a license.';
    const parts = matchExcerpt(text, 'licence');
    expect(parts.match.toLowerCase()).toBe('license');
    expect(parts.before).toMatch(/get a $/);
  });

  it('falls back to the start of the text when nothing matches', () => {
    expect(matchExcerpt('Short answer.', 'zzz')).toEqual({ before: 'Short answer.', match: '', after: '' });
  });
});
