import { describe, expect, it } from 'vitest';
import { STATES, findState } from '@/data/states';

describe('states', () => {
  it('lists the 50 states and DC once each', () => {
    expect(STATES).toHaveLength(51);
    expect(new Set(STATES.map((s) => s.code)).size).toBe(51);
  });
  it('finds a state by name, Spanish name or postal code', () => {
    expect(findState('new mexico')?.code).toBe('NM');
    expect(findState('Nuevo México')?.code).toBe('NM');
    expect(findState('mn')?.name).toBe('Minnesota');
    expect(findState('Narnia')).toBeUndefined();
  });
});
