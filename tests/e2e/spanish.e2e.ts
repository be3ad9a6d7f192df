import { describe, expect, it } from 'vitest';
import { BROWSERS } from '../../scripts/lib/browsers.mjs';
import { useLensSession } from './support/session';

/** Texts of the ranges registered under one of our highlight names (runs in the page). */
const highlighted = (name: string) => [...(CSS.highlights.get(name) ?? [])].map((r) => (r as Range).toString());

describe.each(BROWSERS)('a Spanish article in %s', (name) => {
  const session = useLensSession(name, { page: false });

  it('highlights the Spanish forms of states and terms, and not "México"', async () => {
    const page = await session.lens.newPage();
    await page.goto(session.server.url('articulo-es.html'));
    await page.waitForFunction(() => (CSS.highlights.get('data-sharing-lens-state')?.size ?? 0) > 0, { polling: 50 });
    await new Promise((r) => setTimeout(r, 500));
    const states = await page.evaluate(highlighted, 'data-sharing-lens-state');
    const terms = await page.evaluate(highlighted, 'data-sharing-lens-term');
    expect(states).toContain('Nuevo México');
    expect(states).toContain('California');
    expect(states).not.toContain('México');
    expect(terms.join(' | ')).toMatch(/Servicio de Inmigración y Control de Aduanas/);
    expect(terms.join(' | ')).toMatch(/licencia de conducir/);
    expect(terms.join(' | ')).toMatch(/orden judicial/);
    await page.close();
  });
});
