import { describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  createSearch,
  normalizeQuery,
  SEARCH_KEYS,
  searchAll,
  searchAnswers,
  SPANISH_QUERY_WORDS,
  toSearchRecord,
  tokenize,
  VOCABULARY_FUZZY,
  type SearchRecord,
} from '@/utils/search';
import { matchExcerpt } from '@/utils/search-excerpt';
import { STARTING_QUESTIONS } from '@/data/starting-questions';
import { buildSearchItems, buildSearchRecords, type SearchItem } from '@/utils/storage/search-index';
import { bundledAnswers } from './helpers';

const answers = bundledAnswers();
const byId = new Map(answers.map((a) => [a.id, a]));
const records = answers.map((a) => toSearchRecord(a));
const engine = createSearch(records);
const search = (q: string, filters = {}) => searchAnswers(engine, byId, q, filters);

/** What the popup searches: the answers, every state's checked status and the glossary. Built on first use. */
let popupIndex: { engine: ReturnType<typeof createSearch>; items: Map<string, SearchItem>; records: SearchRecord[] } | undefined;
function popup() {
  if (!popupIndex) {
    const all = buildSearchRecords(answers);
    popupIndex = { engine: createSearch(all), items: buildSearchItems(answers), records: all };
  }
  return popupIndex;
}
const popupSearch = (q: string, filters = {}) => searchAll(popup().engine, popup().items, q, filters, 40);
const ids = (q: string) => popupSearch(q).results.map((r) => r.answer.id);
const recordText = (id: string) => Object.values(popup().records.find((r) => r.id === id)!).join(' ');

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

describe('multi-word queries that no answer fully matches', () => {
  it('still finds the New Mexico courts document for "drivers licence court"', () => {
    const found = ids('drivers licence court');
    expect(found.some((id) => id.startsWith('nm-court-information-sharing#'))).toBe(true);
    // Answers with driver’s licences come too: no word is dropped for good.
    expect(found.some((id) => /^(ca|me|mn)-dmv-data-sharing#/.test(id))).toBe(true);
    // The plain answer list (without statuses and glossary) degrades the same way.
    expect(search('drivers licence court').some((r) => r.answer.docId === 'nm-court-information-sharing')).toBe(true);
  });

  it('says so, and ranks results with every word first, then by how many words they match', () => {
    const { results, partial } = popupSearch('drivers licence court');
    expect(partial).toBe(true);
    const missing = results.map((r) => r.missing.length);
    expect(missing[0]).toBe(0);
    expect([...missing].sort((a, b) => a - b)).toEqual(missing);
    const court = results.find((r) => r.answer.id.startsWith('nm-court-information-sharing#'))!;
    expect(court.missing).toEqual(['drivers', 'licence']);
    // Within one number of words matched, BM25 decides.
    for (let i = 1; i < results.length; i++) {
      if (missing[i] === missing[i - 1] && missing[i] > 0) expect(results[i].score).toBeLessThanOrEqual(results[i - 1].score);
    }
  });

  it('falls back when a word matches nothing at all', () => {
    const { results, partial } = popupSearch('court qqqzzx');
    expect(partial).toBe(true);
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.missing.includes('qqqzzx'))).toBe(true);
  });

  it('keeps requiring every word when enough answers have them all', () => {
    const { results, partial } = popupSearch('new mexico court');
    expect(partial).toBe(false);
    expect(results.every((r) => r.missing.length === 0)).toBe(true);
    expect(results[0].answer.id).toMatch(/^nm-court-information-sharing#/);
  });
});

describe('bill numbers', () => {
  const citesTogether = (id: string, bill: RegExp) => bill.test(recordText(id));

  it('indexes "AB 1747" also as one word, as "AB1747" reads', () => {
    const index = buildSearchIndex([{ id: 'x', question: 'Since 2020 AB 1747 applies', text: 'SB-36, HF 4 and LD 1971; AB60', state: '', stateAliases: '', topic: '', citations: '', notes: '' }]);
    expect(index.vocabulary).toEqual(expect.arrayContaining(['ab1747', 'sb36', 'hf4', 'ld1971', 'ab60']));
    // A year after a bill prefix-less word is not a bill.
    expect(index.vocabulary).not.toContain('since2020');
    expect(tokenize('AB 1747')).toEqual(['ab', '1747']);
  });

  it('finds "AB 1747", which only the project’s review notes and California’s status name', () => {
    const found = ids('AB 1747');
    expect(found).toContain('status:CA');
    const answersFound = found.filter((id) => id.startsWith('ca-dmv-data-sharing#'));
    expect(answersFound.length).toBeGreaterThan(0);
    // The document itself never says 1747: these come from the review notes.
    for (const id of answersFound) expect(byId.get(id)!.text).not.toMatch(/1747/);
    for (const id of found) expect(citesTogether(id, /\bAB[\s-]?1747\b/i), id).toBe(true);
    expect(ids('AB1747')).toEqual(found);
    expect(ids('ab 1747')).toEqual(found);
  });

  it('matches the bill as a unit, never another bill or "AB" and "1747" apart', () => {
    expect(ids('AB 1748')).toEqual([]);
    for (const id of ids('AB 60')) expect(citesTogether(id, /\bAB[\s-]?60\b/i), id).toBe(true);
  });

  it.each([
    ['SB 36', 'NM'],
    ['LD 1971', 'ME'],
    ['HF 4', 'MN'],
  ])('puts the state that passed "%s" first: %s', (bill, state) => {
    const found = popupSearch(bill).results;
    expect(found[0].answer.id).toBe(`status:${state}`);
    expect(found.every((r) => r.answer.kind !== 'glossary' && r.answer.stateCode === state)).toBe(true);
  });
});

describe('Spanish queries', () => {
  it.each(['licencia', 'licencias de conducir', 'orden judicial', 'tribunales', 'compartir datos con ICE', 'inmigración'])(
    '"%s" finds the English answers too',
    (q) => {
      const found = popupSearch(q).results.filter((r) => r.answer.kind === 'answer');
      expect(found.length, q).toBeGreaterThan(2);
    },
  );

  it('"licencias de conducir" is about driver’s licences', () => {
    const first = popupSearch('licencias de conducir').results.find((r) => r.answer.kind === 'answer')!;
    expect(recordText(first.answer.id)).toMatch(/driver.?s? licen[cs]e/i);
  });

  it('"orden judicial" finds the glossary’s court order first, then answers about court orders', () => {
    const found = ids('orden judicial');
    expect(found[0]).toBe('glossary:topic:court-order');
    expect(found.filter((id) => id.includes('#')).some((id) => /court order/i.test(byId.get(id)!.text))).toBe(true);
  });

  it('"tribunales" finds the New Mexico courts document', () => {
    expect(ids('tribunales').slice(0, 5).some((id) => id.startsWith('nm-court-information-sharing#'))).toBe(true);
  });

  it('leaves English queries alone: no table word is also an English word of the index', () => {
    const english = new Set(records.flatMap((r) => tokenize(`${r.question} ${r.text}`)));
    for (const word of Object.keys(SPANISH_QUERY_WORDS)) expect(english.has(word), word).toBe(false);
  });

  it('marks the English word in the excerpt', () => {
    const parts = matchExcerpt('Applicants get a license regardless of status.', 'licencias de conducir');
    expect(parts.match).toBe('license');
  });
});
