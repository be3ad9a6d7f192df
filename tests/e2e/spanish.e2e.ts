import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, launchBrowser, type LensBrowser } from '../../scripts/lib/browsers.mjs';
import { startServer, type FixtureServer } from '../../scripts/lib/server.mjs';
import { FIXTURES } from '../../scripts/lib/paths.mjs';

/** Texts of the ranges registered under one of our highlight names (runs in the page). */
const highlighted = (name: string) => [...(CSS.highlights.get(name) ?? [])].map((r) => (r as Range).toString());

describe.each(BROWSERS)('a Spanish article in %s', (name) => {
  let lens: LensBrowser;
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startServer(FIXTURES);
    lens = await launchBrowser(name);
  });
  afterAll(async () => {
    await lens?.close();
    await server?.close();
  });

  it('highlights the Spanish forms of states and terms, and not "México"', async () => {
    const page = await lens.newPage();
    await page.goto(server.url('articulo-es.html'));
    await page.waitForFunction(() => (CSS.highlights.get('data-sharing-lens-state')?.size ?? 0) > 0);
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
