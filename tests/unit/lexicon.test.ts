import { describe, expect, it } from 'vitest';
import { TERMS, TERM_FORMS, termById } from '@/data/lexicon';
import { expandForm, spellings } from '@/utils/term-pattern';

describe('lexicon', () => {
  it('has all 50 states and DC, with stable readable ids', () => {
    const states = TERMS.filter((t) => t.kind === 'state');
    expect(states).toHaveLength(51);
    expect(termById('state:NM')?.label).toBe('New Mexico');
    expect(termById('agency:NM-MVD')).toMatchObject({ stateCode: 'NM', topic: 'dmv' });
    expect(termById('topic:ICE')?.kind).toBe('topic');
    expect(new Set(TERMS.map((t) => t.id)).size).toBe(TERMS.length);
  });
  it('points every form at a term, and every agency at a state', () => {
    for (const f of TERM_FORMS) expect(termById(f.termId), f.text).toBeDefined();
    for (const t of TERMS.filter((x) => x.kind === 'agency')) expect(t.stateCode, t.id).toMatch(/^[A-Z]{2}$/);
  });
  it('gives every agency a form that counts without its state named elsewhere', () => {
    for (const t of TERMS.filter((x) => x.kind === 'agency')) {
      expect(TERM_FORMS.some((f) => f.termId === t.id && f.rule !== 'needs-state'), t.id).toBe(true);
    }
  });
  it('names the New Mexico courts’ office in full, and alone only with its state', () => {
    const forms = TERM_FORMS.filter((f) => f.termId === 'agency:NM-AOC').map((f) => `${f.lang} ${f.text} ${f.rule ?? ''}`.trim());
    expect(forms).toEqual([
      'en New Mexico Administrative Office of the Courts',
      'en Administrative Office of the Courts needs-state',
      'en AOC needs-state',
      'es Oficina Administrativa de los Tribunales needs-state',
    ]);
  });
  it('gives no spelling to two terms', () => {
    const owner = new Map<string, string>();
    for (const f of TERM_FORMS) {
      for (const spelling of expandForm(f.text)) {
        for (const s of spellings(spelling, f.lang)) {
          const key = s.toLowerCase().replace(/\u2019/g, "'");
          expect(owner.get(key) ?? f.termId, `${s}: ${owner.get(key)} and ${f.termId}`).toBe(f.termId);
          owner.set(key, f.termId);
        }
      }
    }
  });
});
