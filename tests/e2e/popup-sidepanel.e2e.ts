import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSERS, launchBrowser, type LensBrowser } from '../../scripts/lib/browsers.mjs';
import { startServer, type FixtureServer } from '../../scripts/lib/server.mjs';
import { FIXTURES } from '../../scripts/lib/paths.mjs';
import { seriousViolations } from '../../scripts/lib/axe.mjs';

const results = (popup: Page) =>
  popup.$$eval('[data-result-id]', (els) => els.map((e) => ({ state: e.getAttribute('data-state'), text: e.textContent ?? '' })));

async function search(popup: Page, query: string) {
  await popup.click('#query', { count: 3 });
  await popup.keyboard.press('Backspace');
  await popup.type('#query', query);
  await popup.waitForFunction((q) => document.querySelector('#result-count')?.textContent?.trim() && (document.querySelector('#query') as HTMLInputElement).value === q, {}, query);
}

const highlightCount = (page: Page) => page.evaluate(() => CSS.highlights.get('data-sharing-lens-state')?.size ?? 0);

describe.each(BROWSERS)('popup and side panel in %s', (name) => {
  let lens: LensBrowser;
  let server: FixtureServer;
  let popup: Page;
  beforeAll(async () => {
    server = await startServer(FIXTURES);
    lens = await launchBrowser(name);
    popup = await lens.openExtensionPage('popup.html', '[data-doc-id]');
  });
  afterAll(async () => {
    await lens?.close();
    await server?.close();
  });

  it('puts California’s answers first when searching "AB 60"', async () => {
    await search(popup, 'AB 60');
    const found = await results(popup);
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((r) => r.state).every((s) => s === 'CA')).toBe(true);
    expect(found[0].text).toMatch(/California · DMV data sharing · Q\d+/);
    // The matched words are marked, as text.
    expect(await popup.$eval('[data-result-id] mark', (m) => m.textContent)).toMatch(/AB|60/);
  });

  it('finds Minnesota despite a typo, and filters narrow the results', async () => {
    await search(popup, 'Minesota');
    expect((await results(popup))[0].state).toBe('MN');
    await search(popup, 'court order');
    const all = (await results(popup)).length;
    await popup.select('[data-filter="state"]', 'NM');
    await popup.waitForFunction((n) => document.querySelectorAll('[data-result-id]').length < n, {}, all);
    const narrowed = await results(popup);
    expect(narrowed.length).toBeGreaterThan(0);
    expect(narrowed.every((r) => r.state === 'NM')).toBe(true);
    await popup.select('[data-filter="state"]', '');
  });

  it('moves with the arrow keys, opens an answer with Enter and clears with Escape', async () => {
    await search(popup, 'REAL ID');
    await popup.focus('#query');
    await popup.keyboard.press('ArrowDown');
    expect(await popup.evaluate(() => document.activeElement?.classList.contains('result-toggle'))).toBe(true);
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('[data-result-id] .answer-body');
    expect(await popup.$eval('[data-result-id] .attribution', (e) => e.textContent)).toMatch(/· Q\d+$/);
    await popup.keyboard.press('Escape');
    await popup.waitForFunction(() => (document.querySelector('#query') as HTMLInputElement).value === '' && document.activeElement?.id === 'query');
  });

  it('turns highlighting off and on for the open tab’s site from the popup', async () => {
    // Without the "tabs" permission tab URLs are hidden, so find the article's tab as the one
    // that appears when it opens.
    const tabIds = () => popup.evaluate(async () => ((await ((globalThis as any).browser ?? (globalThis as any).chrome).tabs.query({})) as { id: number }[]).map((t) => t.id));
    const before = await tabIds();
    const article = await lens.newPage();
    await article.goto(server.url('article.html'));
    await article.waitForFunction(() => (CSS.highlights.get('data-sharing-lens-state')?.size ?? 0) > 0);
    const tabId = (await tabIds()).find((id) => !before.includes(id));
    // The page reports its states (and site) to the background about a second after the scan.
    await popup.waitForFunction(
      async (key) => Boolean((await ((globalThis as any).browser ?? (globalThis as any).chrome).storage.session.get(key))[key]),
      { polling: 200, timeout: 10_000 },
      `pageInfo:${tabId}`,
    );
    const control = await lens.openExtensionPage(`popup.html?tab=${tabId}`, '[data-toggle="site"]');
    expect(await control.$eval('[data-toggle="site"]', (e) => e.closest('label')?.textContent)).toMatch(/Highlight on 127\.0\.0\.1/);
    await control.click('[data-toggle="site"]');
    await article.waitForFunction(() => (CSS.highlights.get('data-sharing-lens-state')?.size ?? 0) === 0, { timeout: 5000 });
    await control.click('[data-toggle="site"]');
    await article.waitForFunction(() => (CSS.highlights.get('data-sharing-lens-state')?.size ?? 0) > 0, { timeout: 5000 });
    expect(await highlightCount(article)).toBeGreaterThan(3);
    await control.close();
    await article.close();
  });

  it('falls back to defaults with a visible notice when stored settings are unreadable', async () => {
    await popup.evaluate(async () => {
      const ext = (globalThis as any).browser ?? (globalThis as any).chrome;
      await ext.storage.local.set({ settings: 'not settings {' });
    });
    const fresh = await lens.openExtensionPage('popup.html', '[data-doc-id]');
    const notice = await fresh.waitForSelector('.site-control .notice');
    expect(await notice!.evaluate((e) => e.textContent)).toMatch(/could not be read; defaults are in use/);
    expect(await fresh.$eval('[data-toggle="global"]', (e) => (e as HTMLInputElement).checked)).toBe(true);
    await fresh.close();
    await popup.evaluate(async () => ((globalThis as any).browser ?? (globalThis as any).chrome).storage.local.remove('settings'));
  });

  it('shows both New Mexico documents for sidepanel.html?state=NM', async () => {
    const panel = await lens.openExtensionPage('sidepanel.html?state=NM', '[data-state-summary="NM"] [data-doc-id]');
    const docs = await panel.$$eval('[data-state-summary] [data-doc-id]', (els) => els.map((e) => e.getAttribute('data-doc-id')));
    expect(docs).toEqual(['nm-dmv-data-sharing', 'nm-court-information-sharing']);
    expect(await panel.$eval('[data-doc-id="nm-dmv-data-sharing"] [data-attribution]', (e) => e.textContent)).toBe('New Mexico · DMV data sharing · Q1');
    expect(await panel.$eval('[data-doc-id="nm-dmv-data-sharing"] [data-key-facts]', (e) => e.textContent)).toMatch(/2003/);
    await panel.close();
  });

  it('says a state without documents has none, by name or code', async () => {
    const panel = await lens.openExtensionPage('sidepanel.html?state=Texas', '[data-no-documents]');
    expect(await panel.$eval('[data-no-documents]', (e) => e.textContent)).toMatch(/no document for Texas/);
    await panel.close();
  });

  it('shows Maine’s contradiction under "How sure is this?"', async () => {
    const panel = await lens.openExtensionPage('sidepanel.html?state=ME', '[data-how-sure]');
    expect(await panel.$eval('[data-how-sure]', (e) => e.textContent)).toMatch(/Q1 and Q20 say opposite things/);
    expect(await panel.$$eval('[data-contradiction]', (els) => els.map((e) => e.getAttribute('data-contradiction')))).toContain('1-20');
    await panel.close();
  });

  it('selects a state from the map with the keyboard', async () => {
    const panel = await lens.openExtensionPage('sidepanel.html?state=NM', '.us-map');
    await panel.$eval('.us-map [data-state="MN"]', (tile) => (tile as SVGElement).focus());
    await panel.keyboard.press('Enter');
    await panel.waitForSelector('[data-state-summary="MN"]');
    await panel.close();
  });

  it.each([
    ['popup.html', '[data-doc-id]'],
    ['sidepanel.html?state=ME', '[data-how-sure]'],
    ['options.html', 'h1'],
  ])('has no serious or critical accessibility violations on %s', async (path, ready) => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await lens.openExtensionPage(path, ready);
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]).catch(() => undefined);
      expect(await seriousViolations(page), `${path} in ${scheme} mode`).toEqual([]);
      await page.close();
    }
  });
});
