import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { BROWSERS } from '../../scripts/lib/browsers.mjs';
import { seriousViolations } from '../../scripts/lib/axe.mjs';
import { search } from './support/popup';
import { useLensSession } from './support/session';

const results = (popup: Page) =>
  popup.$$eval('[data-result-id]', (els) => els.map((e) => ({ state: e.getAttribute('data-state'), text: e.textContent ?? '' })));

const highlightCount = (page: Page) => page.evaluate(() => CSS.highlights.get('data-sharing-lens-state')?.size ?? 0);

describe.each(BROWSERS)('popup and side panel in %s', (name) => {
  const session = useLensSession(name, { page: false });
  let popup: Page;
  beforeAll(async () => {
    popup = await session.lens.openExtensionPage('popup.html', '[data-doc-id]');
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
    await popup.waitForFunction((n) => document.querySelectorAll('[data-result-id]').length < n, { polling: 50 }, all);
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
    // The first result is the glossary's REAL ID entry; the second an answer.
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('Enter');
    await popup.waitForSelector('[data-result-id] .answer-body');
    expect(await popup.$eval('[data-result-id] .attribution', (e) => e.textContent)).toMatch(/· Q\d+$/);
    await popup.keyboard.press('Escape');
    await popup.waitForFunction(() => (document.querySelector('#query') as HTMLInputElement).value === '' && document.activeElement?.id === 'query', { polling: 50 });
  });

  it('turns highlighting off and on for the open tab’s site from the popup', async () => {
    // Without the "tabs" permission tab URLs are hidden, so find the article's tab as the one
    // that appears when it opens.
    const tabIds = () => popup.evaluate(async () => ((await ((globalThis as any).browser ?? (globalThis as any).chrome).tabs.query({})) as { id: number }[]).map((t) => t.id));
    const before = await tabIds();
    const article = await session.lens.newPage();
    await article.goto(session.server.url('article.html'));
    await article.waitForFunction(() => (CSS.highlights.get('data-sharing-lens-state')?.size ?? 0) > 0, { polling: 50 });
    const tabId = (await tabIds()).find((id) => !before.includes(id));
    // The page reports its states (and site) to the background about a second after the scan.
    await popup.waitForFunction(
      async (key) => Boolean((await ((globalThis as any).browser ?? (globalThis as any).chrome).storage.session.get(key))[key]),
      { polling: 200, timeout: 10_000 },
      `pageInfo:${tabId}`,
    );
    const control = await session.lens.openExtensionPage(`popup.html?tab=${tabId}`, '[data-toggle="site"]');
    expect(await control.$eval('[data-toggle="site"]', (e) => e.closest('label')?.textContent)).toMatch(/Highlight on 127\.0\.0\.1/);
    // Polled on a timer: the article's tab is behind the popup's, and a hidden tab runs no animation
    // frames (puppeteer's default polling), so a change after the first check would go unseen.
    await control.click('[data-toggle="site"]');
    await article.waitForFunction(() => (CSS.highlights.get('data-sharing-lens-state')?.size ?? 0) === 0, { timeout: 5000, polling: 100 });
    await control.click('[data-toggle="site"]');
    await article.waitForFunction(() => (CSS.highlights.get('data-sharing-lens-state')?.size ?? 0) > 0, { timeout: 5000, polling: 100 });
    expect(await highlightCount(article)).toBeGreaterThan(3);
    await control.close();
    await article.close();
  });

  it('falls back to defaults with a visible notice when stored settings are unreadable', async () => {
    await popup.evaluate(async () => {
      const ext = (globalThis as any).browser ?? (globalThis as any).chrome;
      await ext.storage.local.set({ settings: 'not settings {' });
    });
    const fresh = await session.lens.openExtensionPage('popup.html', '[data-doc-id]');
    const notice = await fresh.waitForSelector('.site-control .notice');
    expect(await notice!.evaluate((e) => e.textContent)).toMatch(/could not be read; defaults are in use/);
    expect(await fresh.$eval('[data-toggle="global"]', (e) => (e as HTMLInputElement).checked)).toBe(true);
    await fresh.close();
    await popup.evaluate(async () => ((globalThis as any).browser ?? (globalThis as any).chrome).storage.local.remove('settings'));
  });

  it('shows New Mexico’s checked status first, then both of its documents, for sidepanel.html?state=NM', async () => {
    const panel = await session.lens.openExtensionPage('sidepanel.html?state=NM', '[data-state-summary="NM"] [data-doc-id]');
    const order = await panel.$eval('[data-state-summary="NM"]', (el) => {
      const card = el.querySelector('[data-status-card]')!;
      const doc = el.querySelector('[data-doc-id]')!;
      return { card: card.textContent ?? '', first: Boolean(card.compareDocumentPosition(doc) & Node.DOCUMENT_POSITION_FOLLOWING) };
    });
    expect(order.first).toBe(true);
    expect(order.card).toMatch(/SB 36/);
    expect(order.card).toMatch(/State courts/);
    const docs = await panel.$$eval('[data-state-summary] [data-doc-id]', (els) => els.map((e) => e.getAttribute('data-doc-id')));
    expect(docs).toEqual(['nm-dmv-data-sharing', 'nm-court-information-sharing']);
    // The headline answer is the best-supported current-policy answer, not Q1 with its wrong 2016 "policy".
    expect(await panel.$eval('[data-doc-id="nm-dmv-data-sharing"] .answer .review', (e) => e.getAttribute('data-verdict'))).toBe('supported');
    expect(await panel.$eval('[data-doc-id="nm-dmv-data-sharing"] [data-key-facts]', (e) => e.textContent)).toMatch(/2003/);
    await panel.close();
  });

  it('marks New Mexico DMV Q8 (an invented act) as a wrong claim in the side panel, the note one click away', async () => {
    const panel = await session.lens.openExtensionPage('sidepanel.html?state=NM', '[data-doc-id="nm-dmv-data-sharing"]');
    await panel.type('[data-doc-id="nm-dmv-data-sharing"] .filter input', 'Issuance and Immigration Status Act');
    const q8 = '[data-doc-id="nm-dmv-data-sharing"] [data-answer-id="nm-dmv-data-sharing#8"]';
    await panel.waitForSelector(`${q8} .review`, { visible: true });
    expect(await panel.$eval(`${q8} .review`, (e) => e.getAttribute('data-verdict'))).toBe('wrong');
    expect(await panel.$eval(`${q8} .review .badge`, (e) => e.textContent)).toMatch(/Wrong claim/);
    await panel.click(`${q8} .review summary`);
    await panel.waitForSelector(`${q8} .review .note`, { visible: true });
    expect(await panel.$eval(`${q8} .review .note`, (e) => e.textContent)).toMatch(/Checked against stored copies of public pages on/);
    await panel.close();
  });

  it('counts California’s answers by verdict under "How sure is this?"', async () => {
    const panel = await session.lens.openExtensionPage('sidepanel.html?state=CA', '[data-verdict-counts]');
    const counts = await panel.$$eval('[data-verdict-count]', (els) => els.map((e) => [e.getAttribute('data-verdict-count') ?? '', e.textContent ?? '']));
    const wrong = counts.find(([v]) => v === 'wrong');
    expect(wrong?.[1]).toMatch(/\d+ of 20 answers contain a wrong claim/);
    const total = counts.reduce((n, [, text]) => n + Number(/(\d+) of 20/.exec(text)?.[1] ?? 0), 0);
    expect(total).toBe(20);
    expect(await panel.$eval('[data-how-sure]', (e) => e.textContent)).toMatch(/Sources of our checked summary/);
    await panel.close();
  });

  it('says a state without documents has no FAQ document, after its checked status, by name or code', async () => {
    const panel = await session.lens.openExtensionPage('sidepanel.html?state=Texas', '[data-no-documents]');
    expect(await panel.$eval('[data-no-documents]', (e) => e.textContent)).toMatch(/no FAQ document for Texas/);
    expect(await panel.$eval('[data-status-card="TX"]', (e) => e.textContent)).toMatch(/What the law says now in Texas/);
    await panel.close();
  });

  it('colours the map by the law verdict with a legend, and compares all 51 in a sortable table', async () => {
    const panel = await session.lens.openExtensionPage('sidepanel.html?state=NM', '.us-map');
    expect(await panel.$eval('.us-map [data-state="NY"]', (e) => e.getAttribute('data-law'))).toBe('yes');
    expect(await panel.$eval('.us-map [data-state="TX"]', (e) => e.getAttribute('aria-label'))).toMatch(/immigration enforcement\? No/);
    expect(await panel.$eval('[data-map-legend]', (e) => e.textContent)).toMatch(/Yes.*Partly.*No.*Unknown/);
    await panel.click('[data-compare] summary');
    await panel.waitForSelector('[data-status-table]', { visible: true });
    expect(await panel.$$eval('[data-status-table] tbody tr', (rows) => rows.length)).toBe(51);
    await panel.click('[data-status-table] [data-sort="nlets"]');
    const firstRows = await panel.$$eval('[data-status-table] tbody tr', (rows) => rows.slice(0, 4).map((r) => r.querySelector('[data-cell="nlets"]')?.textContent));
    expect(firstRows.every((t) => /Yes/.test(t ?? ''))).toBe(true);
    expect(await panel.$eval('[data-status-table] th[aria-sort="ascending"]', (e) => e.textContent)).toMatch(/Nlets/);
    // A row's state opens that state's status.
    await panel.$eval('[data-status-table] [data-row="IL"] th button', (b) => (b as HTMLButtonElement).click());
    await panel.waitForSelector('[data-state-summary="IL"] [data-status-card="IL"]');
    await panel.close();
  });

  it('shows Maine’s contradiction under "How sure is this?"', async () => {
    const panel = await session.lens.openExtensionPage('sidepanel.html?state=ME', '[data-how-sure]');
    expect(await panel.$eval('[data-how-sure]', (e) => e.textContent)).toMatch(/Q1 and Q20 say opposite things/);
    expect(await panel.$$eval('[data-contradiction]', (els) => els.map((e) => e.getAttribute('data-contradiction')))).toContain('1-20');
    await panel.close();
  });

  it('selects a state from the map with the keyboard', async () => {
    const panel = await session.lens.openExtensionPage('sidepanel.html?state=NM', '.us-map');
    await panel.$eval('.us-map [data-state="MN"]', (tile) => (tile as SVGElement).focus());
    await panel.keyboard.press('Enter');
    await panel.waitForSelector('[data-state-summary="MN"]');
    await panel.close();
  });

  it('finds status cards and the notes’ laws in the popup, and shows Q8’s wrong-claim badge there', async () => {
    await search(popup, 'Texas');
    expect(await popup.$eval('[data-result-id]', (e) => e.getAttribute('data-result-id'))).toBe('status:TX');
    await search(popup, 'Nlets');
    expect((await popup.$$eval('[data-result-id^="status:"]', (els) => els.length))).toBeGreaterThan(3);
    await search(popup, 'green light law');
    expect(await popup.$$eval('[data-result-id]', (els) => els.map((e) => e.getAttribute('data-result-id')))).toContain('status:NY');
    await search(popup, 'AB 1747');
    const ab1747 = await popup.$$eval('[data-result-id]', (els) => els.map((e) => e.getAttribute('data-result-id')));
    expect(ab1747).toContain('status:CA');
    expect(ab1747.some((id) => id?.startsWith('ca-dmv-data-sharing#'))).toBe(true);
    await search(popup, 'Driver’s License Issuance and Immigration Status Act');
    const q8 = '[data-result-id="nm-dmv-data-sharing#8"]';
    await popup.waitForSelector(q8);
    expect(await popup.$eval(`${q8} [data-verdict]`, (e) => [e.getAttribute('data-verdict'), e.textContent])).toEqual(['wrong', 'Wrong claim']);
  });

  it.each([
    ['popup.html', '[data-doc-id]'],
    ['sidepanel.html?state=ME', '[data-how-sure]'],
    ['sidepanel.html?state=TX', '[data-status-card]'],
    ['options.html', 'h1'],
  ])('has no serious or critical accessibility violations on %s', async (path, ready) => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await session.lens.openExtensionPage(path, ready);
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]).catch(() => undefined);
      // The comparison table and the map legend are checked too.
      await page.$eval('[data-compare]', (d) => ((d as HTMLDetailsElement).open = true)).catch(() => undefined);
      expect(await seriousViolations(page), `${path} in ${scheme} mode`).toEqual([]);
      await page.close();
    }
  });
});
