/**
 * The options page in real Chromium and Firefox: settings reach an open tab without reload,
 * importing documents (valid, rejected, confirmed) changes highlights and search, and the page
 * speaks Spanish when the browser does.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../../scripts/lib/axe.mjs';
import { BROWSERS, watchErrors, type LensBrowser } from '../../scripts/lib/browsers.mjs';
import { STATES } from '../../data/states';
import { useLensSession } from './support/session';
import { firefoxChromeEval, switchFirefoxToSpanish } from './support/firefox';

const DOCUMENTS = resolve('tests/fixtures/documents');
const doc = (name: string) => join(DOCUMENTS, name);
const STATE_HIGHLIGHT = 'data-sharing-lens-state';

/** Texts of the ranges highlighted as states with documents. */
const stateHighlights = (page: Page) =>
  page.evaluate((name) => [...(CSS.highlights.get(name) ?? [])].map((r) => (r as Range).toString()), STATE_HIGHLIGHT);
const textOf = (page: Page, selector: string) => page.$eval(selector, (e) => (e as HTMLElement).innerText);

/** Marks a page so a test can tell it was never reloaded. */
const markPage = (page: Page) => page.evaluate(() => ((window as { __notReloaded?: boolean }).__notReloaded = true));
const stillSamePage = (page: Page) => page.evaluate(() => (window as { __notReloaded?: boolean }).__notReloaded === true);


async function setColorScheme(lens: LensBrowser, page: Page, scheme: 'light' | 'dark'): Promise<void> {
  if (lens.name === 'chromium') await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  else await firefoxChromeEval(lens, `Services.prefs.setIntPref('layout.css.prefers-color-scheme.content-override', ${scheme === 'dark' ? 0 : 1})`);
  await page.waitForFunction((dark) => matchMedia('(prefers-color-scheme: dark)').matches === dark, { polling: 50 }, scheme === 'dark');
}

async function pickFiles(page: Page, selector: string, ...paths: string[]) {
  // The picker is disabled until the index has loaded (a fresh profile seeds it first): a file set
  // on a disabled input is dropped, as a person's click on it would be.
  const input = await page.waitForSelector(`${selector}:not([disabled])`, { timeout: 30_000 });
  // ElementHandle.uploadFile: CDP in Chromium, WebDriver BiDi input.setFiles in Firefox.
  await (input as unknown as { uploadFile(...p: string[]): Promise<void> }).uploadFile(...paths);
}

describe.each(BROWSERS)('options page in %s', (name) => {
  const session = useLensSession(name, { page: false });
  let options: Page;
  beforeAll(async () => {
    options = await session.lens.openExtensionPage('options.html', '[data-section="imported"] [data-no-imports]');
  });

  it('turning a site off removes its highlights without reload, and back on restores them', async () => {
    const page = await session.lens.newPage();
    const errors = watchErrors(page);
    await page.goto(session.server.url('article.html'));
    await page.waitForFunction((n) => (CSS.highlights.get(n)?.size ?? 0) > 0, { polling: 50, timeout: 15_000 }, STATE_HIGHLIGHT);
    await markPage(page);

    await options.bringToFront();
    await options.type('[data-site-input]', '127.0.0.1');
    await options.keyboard.press('Enter');
    await options.waitForSelector('[data-site-list] [data-site="127.0.0.1"]');

    await page.bringToFront();
    await page.waitForFunction((n) => (CSS.highlights.get(n)?.size ?? 0) === 0, { polling: 50, timeout: 10_000 }, STATE_HIGHLIGHT);

    await options.bringToFront();
    await options.click('[data-site="127.0.0.1"] button');
    await options.waitForFunction(() => !document.querySelector('[data-site="127.0.0.1"]'), { polling: 50 });

    await page.bringToFront();
    await page.waitForFunction((n) => (CSS.highlights.get(n)?.size ?? 0) > 0, { polling: 50, timeout: 15_000 }, STATE_HIGHLIGHT);
    expect(await stillSamePage(page)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('importing an Oregon document highlights “Oregon” on an open page and its answers appear in search', async () => {
    const page = await session.lens.newPage();
    await page.goto(session.server.url('oregon-article.html'));
    // The scan has run once "DMV" is highlighted; Oregon has no documents yet, so it is not.
    await page.waitForFunction(() => (CSS.highlights.get('data-sharing-lens-term')?.size ?? 0) > 0, { polling: 50, timeout: 15_000 });
    expect(await stateHighlights(page)).not.toContain('Oregon');
    await markPage(page);

    await options.bringToFront();
    await pickFiles(options, '[data-document-files]', doc('oregon-dmv.txt'));
    await options.waitForSelector('[data-import-preview] [data-accepted-file="oregon-dmv.txt"]');
    const row = await textOf(options, '[data-accepted-file="oregon-dmv.txt"]');
    expect(row).toMatch(/Oregon/);
    expect(row).toMatch(/DMV data sharing/);
    expect(row).toMatch(/\b20\b/);
    await options.click('[data-action="confirm-import"]');
    await options.waitForSelector('[data-import-result="done"]');
    expect(await textOf(options, '[data-import-result="done"]')).toMatch(/Imported documents: 1/);
    await options.waitForSelector('[data-imported-id^="or-dmv-data-sharing-imported-"]');

    await page.bringToFront();
    await page.waitForFunction((n) => [...(CSS.highlights.get(n) ?? [])].some((r) => (r as Range).toString() === 'Oregon'), { polling: 50, timeout: 15_000 }, STATE_HIGHLIGHT);
    expect((await stateHighlights(page)).filter((t) => t === 'Oregon').length).toBeGreaterThanOrEqual(3);
    expect(await stillSamePage(page)).toBe(true);

    const popup = await session.lens.openExtensionPage(`popup.html?q=${encodeURIComponent('Equal Access to Roads')}`, '[data-result-id]');
    const oregonResults = await popup.$$eval('[data-result-id][data-state="OR"]', (els) => els.map((e) => (e as HTMLElement).innerText));
    expect(oregonResults.length).toBeGreaterThan(0);
    expect(oregonResults.join('\n')).toMatch(/Oregon · DMV data sharing · Q2/);
    await popup.close();
    await page.close();
  });

  it('a batch with one bad file reports that file and stores the rest only after confirming', async () => {
    await options.bringToFront();
    await pickFiles(options, '[data-document-files]', doc('untrusted-markup.txt'), doc('malformed-missing-question.txt'));
    await options.waitForSelector('[data-rejected-file="malformed-missing-question.txt"]');
    expect(await textOf(options, '[data-rejected-file="malformed-missing-question.txt"]')).toMatch(/line 13: expected question 3, found 4/);
    expect(await textOf(options, '[data-preview-summary]')).toMatch(/Files checked: 2\. Ready to import: 1\. Rejected: 1\./);
    expect(await textOf(options, '[data-action="confirm-import"]')).toMatch(/Import the 1 valid document and skip 1 rejected/);

    // Nothing is stored before the user confirms; cancelling stores nothing at all.
    expect(await options.$('[data-imported-id^="nv-"]')).toBeNull();
    await options.click('[data-action="cancel-import"]');
    await options.waitForFunction(() => !document.querySelector('[data-import-preview]'), { polling: 50 });
    expect(await options.$('[data-imported-id^="nv-"]')).toBeNull();

    await pickFiles(options, '[data-document-files]', doc('untrusted-markup.txt'), doc('malformed-missing-question.txt'));
    await options.waitForSelector('[data-action="confirm-import"]');
    await options.click('[data-action="confirm-import"]');
    await options.waitForSelector('[data-import-result="done"]');
    expect(await textOf(options, '[data-import-result="done"]')).toMatch(/Imported documents: 1\. Rejected files skipped: 1\./);
    await options.waitForSelector('[data-imported-id^="nv-dmv-data-sharing-imported-"]');
    expect(await options.$$eval('[data-imported-id]', (els) => els.map((e) => e.getAttribute('data-state')))).toEqual(['NV', 'OR']);

    // The markup in that document is shown as text in search, and none of it ran.
    const answer = '[data-result-id^="nv-dmv-data-sharing-imported-"]';
    const popup = await session.lens.openExtensionPage(`popup.html?q=${encodeURIComponent('Nevada')}`, answer);
    await popup.click(`${answer} button.result-toggle`);
    await popup.waitForSelector(`${answer} .answer`);
    expect(await popup.$eval('[data-results], ol.results', (e) => (e as HTMLElement).innerText)).toMatch(/<img src=x onerror=/);
    expect(await popup.$('ol.results img, ol.results script, ol.results svg, ol.results a[href^="javascript"]')).toBeNull();
    expect(await popup.evaluate(() => (window as { __lensPwned?: number }).__lensPwned)).toBeUndefined();
    await popup.close();
  });

  it('deleting an imported document removes its state’s highlights from an open page', async () => {
    const page = await session.lens.newPage();
    await page.goto(session.server.url('oregon-article.html'));
    await page.waitForFunction((n) => [...(CSS.highlights.get(n) ?? [])].some((r) => (r as Range).toString() === 'Oregon'), { polling: 50, timeout: 15_000 }, STATE_HIGHLIGHT);

    await options.bringToFront();
    await options.click('[data-imported-id^="or-"] [data-action="delete-document"]');
    await options.waitForFunction(() => !document.querySelector('[data-imported-id^="or-"]'), { polling: 50 });
    expect(await textOf(options, '[data-delete-message]')).toMatch(/Deleted “State DMV Data Sharing With ICE in Oregon”/);

    await page.bringToFront();
    await page.waitForFunction((n) => ![...(CSS.highlights.get(n) ?? [])].some((r) => (r as Range).toString() === 'Oregon'), { polling: 50, timeout: 10_000 }, STATE_HIGHLIGHT);
    await page.close();
  });

  it('takes a pasted document and a dropped file, and asks before replacing', async () => {
    await options.bringToFront();
    const oregon = readFileSync(doc('oregon-dmv.txt'), 'utf8');
    await options.$eval('[data-paste]', (el, text) => {
      (el as HTMLTextAreaElement).value = text;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, oregon);
    await options.click('[data-action="check-paste"]');
    await options.waitForSelector('[data-accepted-file="Pasted text"][data-state="OR"]');
    await options.click('[data-action="confirm-import"]');
    await options.waitForSelector('[data-imported-id^="or-"]');
    const first = await options.$eval('[data-imported-id^="or-"]', (e) => e.getAttribute('data-imported-id'));

    // A different Oregon text, dropped as a file: the index already has Oregon, so it asks.
    await options.$eval('[data-drop-zone]', (zone, text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], 'oregon-v2.txt', { type: 'text/plain' }));
      zone.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: data }));
    }, oregon.replace('short test document', 'revised test document'));
    await options.waitForSelector('[data-decision-for="oregon-v2.txt"]');
    expect(await textOf(options, '[data-decision-for="oregon-v2.txt"] legend')).toMatch(/You already imported a document for this state and topic/);
    expect(await options.$eval('[data-action="confirm-import"]', (b) => (b as HTMLButtonElement).disabled)).toBe(true);
    await options.click('[data-decision-for="oregon-v2.txt"] [data-decision="replace"]');
    await options.click('[data-action="confirm-import"]');
    await options.waitForFunction((id) => document.querySelectorAll('[data-imported-id^="or-"]').length === 1 && !document.querySelector(`[data-imported-id="${id}"]`), { polling: 50 }, first);
  });

  it('imports 100 documents at once with progress, staying responsive', async () => {
    await options.bringToFront();
    const oregon = readFileSync(doc('oregon-dmv.txt'), 'utf8');
    const dir = mkdtempSync(join(tmpdir(), 'lens-hundred-'));
    const files = STATES.slice(0, 50).flatMap((state) =>
      (['DMV Data Sharing', 'Court Information Sharing'] as const).map((topic) => {
        const file = join(dir, `${state.code}-${topic.split(' ')[0]}.txt`);
        const text = oregon.replace('State DMV Data Sharing With ICE in Oregon', `State ${topic} With ICE in ${state.name}`).replaceAll('Oregon', state.name);
        writeFileSync(file, `${text}\n\n(batch copy)`);
        return file;
      }),
    );
    const before = await options.$$eval('[data-imported-id]', (els) => els.length);
    // How long frames wait during the import is measured by `npm run bench`, not asserted here.
    await options.evaluate(() => {
      const w = window as { __progressSeen?: string[] };
      // Which progress bars were shown (they may be on screen for a fraction of a second).
      w.__progressSeen = [];
      new MutationObserver(() => {
        for (const p of document.querySelectorAll('progress')) w.__progressSeen!.push(p.getAttribute('aria-label') ?? '');
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await pickFiles(options, '[data-document-files]', ...files);
    await options.waitForSelector('[data-import-preview]', { timeout: 30_000 });
    expect(await textOf(options, '[data-preview-summary]')).toBe('Files checked: 100. Ready to import: 100. Rejected: 0.');
    // Several states already have a document (bundled or imported above): one choice for all.
    await options.click('[data-action="keep-all"]');
    await options.click('[data-action="confirm-import"]');
    await options.waitForSelector('[data-import-result="done"]', { timeout: 30_000 });
    expect(await textOf(options, '[data-import-result="done"]')).toMatch(/Imported documents: 100\./);
    await options.waitForFunction((n) => document.querySelectorAll('[data-imported-id]').length === n, { polling: 50 }, before + 100);
    const progressSeen = await options.evaluate(() => [...new Set((window as { __progressSeen?: string[] }).__progressSeen)]);
    expect(progressSeen).toEqual(expect.arrayContaining(['Checking documents', 'Storing documents']));
  });

  it('refuses a corrupt or foreign settings file with a message and changes nothing', async () => {
    await options.bringToFront();
    const dir = mkdtempSync(join(tmpdir(), 'lens-settings-'));
    const broken = join(dir, 'broken.json');
    const foreign = join(dir, 'foreign.json');
    writeFileSync(broken, '{"kind": "data-sharing-lens/settings", "settings": {');
    writeFileSync(foreign, JSON.stringify({ theme: 'dark', enabled: false }));
    const stored = () => options.evaluate(() => (globalThis as any).browser.storage.local.get('settings'));
    const before = await stored();

    await pickFiles(options, '[data-settings-file]', broken);
    await options.waitForFunction(() => /not valid JSON/.test(document.querySelector('[data-settings-message]')?.textContent ?? ''), { polling: 50 });
    expect(await options.$eval('[data-settings-message]', (e) => e.getAttribute('role'))).toBe('alert');
    await pickFiles(options, '[data-settings-file]', foreign);
    await options.waitForFunction(() => /not a Data Sharing Lens settings file/.test(document.querySelector('[data-settings-message]')?.textContent ?? ''), { polling: 50 });
    expect(await stored()).toEqual(before);
    expect(await options.$eval('[data-setting="theme=system"]', (e) => (e as HTMLInputElement).checked)).toBe(true);

    // Stored settings that cannot be read: the page says so, and shows the defaults in use.
    await options.evaluate(() => (globalThis as any).browser.storage.local.set({ settings: 'garbage' }));
    const fresh = await session.lens.openExtensionPage('options.html', '[data-settings-repaired]');
    expect(await textOf(fresh, '[data-settings-repaired]')).toMatch(/could not be read; defaults are in use/);
    expect(await fresh.$eval('[data-setting="enabled"]', (e) => (e as HTMLInputElement).checked)).toBe(true);
    await fresh.close();
    await options.evaluate((s) => {
      const local = (globalThis as any).browser.storage.local;
      return s.settings === undefined ? local.remove('settings') : local.set(s);
    }, before);
  });

  it('has no serious accessibility violations, in light and dark', async () => {
    await options.bringToFront();
    const background = () => options.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await setColorScheme(session.lens, options, 'light');
    expect(await seriousViolations(options), 'light').toEqual([]);
    const light = await background();
    await setColorScheme(session.lens, options, 'dark');
    expect(await seriousViolations(options), 'dark').toEqual([]);
    expect(await background()).not.toBe(light);
    await setColorScheme(session.lens, options, 'light');
  });
});


describe.each(BROWSERS)('Spanish interface in %s', (name) => {
  const session = useLensSession(name, { lang: 'es', fixtures: false, page: false });
  beforeAll(async () => {
    if (name === 'firefox') await switchFirefoxToSpanish(session.lens);
  });

  it('renders the options page in Spanish, rejection reasons included', async () => {
    const options = await session.lens.openExtensionPage('options.html', '[data-section="settings"]');
    expect(await options.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await textOf(options, 'h1')).toBe('Ajustes y documentos');
    const legends = await options.$$eval('legend', (els) => els.map((e) => e.textContent));
    expect(legends).toEqual(expect.arrayContaining(['Sitios', 'Qué resaltar', 'Cómo se abren las respuestas']));
    expect(await textOf(options, '[data-section="import"] h2')).toBe('Importar documentos');

    await pickFiles(options, '[data-document-files]', doc('malformed-missing-question.txt'));
    await options.waitForSelector('[data-rejected-file]');
    expect(await textOf(options, '[data-preview-summary]')).toBe('Archivos revisados: 1. Listos para importar: 0. Rechazados: 1.');
    expect(await textOf(options, '[data-rejected-file]')).toMatch(/línea 13/);
  });

  it('renders the popup in Spanish around the English answers', async () => {
    const popup = await session.lens.openExtensionPage('popup.html?q=REAL%20ID', '[data-result-id]');
    expect(await textOf(popup, 'label[for="query"]')).toBe('Buscar en todas las respuestas');
    expect(await popup.$eval('#query', (e) => e.getAttribute('placeholder'))).toBe('p. ej., AB 60, orden judicial Minnesota, REAL ID');
    // The answers stay in their documents' language.
    expect(await textOf(popup, '[data-result-id*="#"] .result-question')).toMatch(/^[A-Z][^¿]*\?$/);
    // The project's own glossary speaks the interface's language.
    expect(await textOf(popup, '[data-result-id="glossary:topic:REAL-ID"] .result-question')).toMatch(/licencias/);
    await popup.close();
  });
});
