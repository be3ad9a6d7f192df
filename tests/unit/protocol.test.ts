import { describe, expect, it } from 'vitest';
import { LIMITS, validateRequest } from '@/utils/protocol';

const context = { lang: 'en', states: { NM: 3, CA: 1 }, nearStates: ['NM'], topicWords: ['court', 'license'] };

describe('validateRequest', () => {
  it('accepts well-formed requests', () => {
    expect(validateRequest('lookupTerm', { termId: 'state:NM', context })).toBeNull();
    expect(validateRequest('wake', undefined)).toBeNull();
    expect(validateRequest('reportPageStates', { states: { NM: 2 }, site: 'example.com' })).toBeNull();
    expect(validateRequest('openStateSummary', { stateCode: 'ME' })).toBeNull();
    expect(validateRequest('openSearch', { query: 'AB 60' })).toBeNull();
  });

  it('refuses unknown types, including prototype names', () => {
    expect(validateRequest('dropDatabase', {})).toMatch(/unknown message type/);
    expect(validateRequest('toString', {})).toMatch(/unknown message type/);
    expect(validateRequest(42, {})).toMatch(/unknown message type/);
  });

  it('refuses the wrong shape with a reason', () => {
    expect(validateRequest('lookupTerm', null)).toMatch(/object/);
    expect(validateRequest('lookupTerm', { termId: 5, context })).toMatch(/termId/);
    expect(validateRequest('lookupTerm', { termId: 'state:NM', context: { ...context, lang: 'de' } })).toMatch(/lang/);
    expect(validateRequest('lookupTerm', { termId: 'state:NM', context: { ...context, states: { nm: 1 } } })).toMatch(/state code/);
    expect(validateRequest('lookupTerm', { termId: 'state:NM', context: { ...context, states: { NM: -1 } } })).toMatch(/count/);
    expect(validateRequest('lookupTerm', { termId: 'state:NM', context: { ...context, topicWords: 'court' } })).toMatch(/topicWords/);
    expect(validateRequest('lookupTerm', { termId: 'state:NM', context: { ...context, nearStates: ['New Mexico'] } })).toMatch(/nearStates/);
    expect(validateRequest('openStateSummary', { stateCode: 'New Mexico' })).toMatch(/postal code/);
    expect(validateRequest('wake', { sneaky: true })).toMatch(/no data/);
  });

  it('says where the problem is, from the schema the request type is inferred from', () => {
    expect(validateRequest('lookupTerm', { termId: 'state:NM', context: { ...context, lang: 'de' } })).toBe('context.lang: must be en, es or none');
    expect(validateRequest('lookupTerm', { termId: 'state:NM', context: { ...context, states: { NM: 1.5 } } })).toBe('context.states.NM: bad count');
    expect(validateRequest('reportPageStates', { states: {}, site: 'https://example.com/a' })).toBe('site: must be a host name');
    expect(validateRequest('lookupTerm', { termId: 'state:NM', context: { ...context, topicWords: Array(41).fill('court') } })).toBe('context.topicWords: must be a short array');
  });

  it('refuses oversized payloads before looking at them', () => {
    const huge = { termId: 'state:NM', context: { ...context, topicWords: ['x'.repeat(LIMITS.requestBytes)] } };
    expect(validateRequest('lookupTerm', huge)).toMatch(/too large/);
    expect(validateRequest('openSearch', { query: 'a'.repeat(LIMITS.query + 1) })).toMatch(/short string/);
  });

  it('refuses what cannot be serialised', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(validateRequest('lookupTerm', cyclic)).toMatch(/serialisable/);
  });
});
