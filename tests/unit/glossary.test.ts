import { describe, expect, it } from 'vitest';
import { CHECKED_ON } from '@/data/checked-types';
import { GLOSSARY } from '@/data/glossary';
import { glossaryFor } from '@/data/glossary-index';
import { TERMS } from '@/data/lexicon';
import { isSpecificPage, isValidDate } from '@/utils/checked-status';

/** Topic terms that are not federal: everyday words the popover answers with state documents. */
const NOT_FEDERAL = new Set(['topic:drivers-license', 'topic:DMV', 'topic:undocumented']);

describe('federal glossary', () => {
  it('explains every federal term the lexicon detects', () => {
    const federal = TERMS.filter((t) => t.kind === 'topic' && !NOT_FEDERAL.has(t.id));
    expect(federal.length).toBeGreaterThanOrEqual(17);
    for (const term of federal) expect(glossaryFor(term.id), term.id).toBeDefined();
  });

  it('names only terms the lexicon has, once each', () => {
    const ids = GLOSSARY.map((g) => g.termId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(TERMS.some((t) => t.id === id), id).toBe(true);
  });

  it('says each entry in English and Spanish, in two or three sentences, each with a specific source', () => {
    for (const entry of GLOSSARY) {
      expect(entry.title.en.trim(), entry.termId).not.toBe('');
      expect(entry.title.es.trim(), entry.termId).not.toBe('');
      expect(entry.sentences.length, entry.termId).toBeGreaterThanOrEqual(2);
      expect(entry.sentences.length, entry.termId).toBeLessThanOrEqual(3);
      for (const s of entry.sentences) {
        expect(s.en.trim().length, entry.termId).toBeGreaterThan(20);
        expect(s.es.trim().length, entry.termId).toBeGreaterThan(20);
        expect(s.sources.length, `${entry.termId}: "${s.en.slice(0, 40)}…" has no source`).toBeGreaterThan(0);
        for (const src of s.sources) expect(isSpecificPage(src.url), `${entry.termId}: ${src.url}`).toBe(true);
      }
      expect(entry.basis.length, `${entry.termId} names no law or regulation`).toBeGreaterThan(0);
      expect(isValidDate(entry.checked, CHECKED_ON)).toBe(true);
    }
  });
});
