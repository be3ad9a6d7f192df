/**
 * The popup's search in real Chromium and Firefox, for queries people actually type: words no
 * single answer shares, bill numbers, Spanish, typos that find nothing, a state chosen from the
 * start screen, and counts of one. The popup is opened as an extension page (popup.html).
 */
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS } from '../../scripts/lib/browsers.mjs';
import { STARTING_QUESTIONS } from '../../data/starting-questions';
import { search } from './support/popup';
import { useLensSession } from './support/session';
import { switchFirefoxToSpanish } from './support/firefox';

const ids = (popup: Page) => popup.$$eval('[data-result-id]', (els) => els.map((e) => e.getAttribute('data-result-id') ?? ''));
const textOf = (page: Page, selector: string) => page.$eval(selector, (e) => (e.textContent ?? '').trim());
const queryValue = (popup: Page) => popup.$eval('#query', (e) => (e as HTMLInputElement).value);


/** Clears the query and filters with Escape, back to the start screen. */
async function startOver(popup: Page) {
  await popup.focus('#query');
  await popup.keyboard.press('Escape');
  await popup.waitForSelector('.start [data-state-chip]');
}

describe.each(BROWSERS)('popup search in %s', (name) => {
  const session = useLensSession(name, { page: false });
  let popup: Page;
  beforeAll(async () => {
    popup = await session.lens.openExtensionPage('popup.html', '[data-doc-id]');
  });

  it('finds the New Mexico courts answers for "drivers licence court", saying they lack some words', async () => {
    await search(popup, 'drivers licence court');
    const found = await ids(popup);
    expect(found.some((id) => id.startsWith('nm-court-information-sharing#'))).toBe(true);
    expect(found.some((id) => /^(ca|me|mn|nm)-dmv-data-sharing#/.test(id))).toBe(true);
    expect(await popup.$eval('#result-count', (e) => e.hasAttribute('data-partial'))).toBe(true);
    expect(await textOf(popup, '#result-count')).toMatch(/^\d+ answers found\. (None has every word; these have|\d+ ha(s|ve) every word; the rest have) most of them\.$/);
    const court = '[data-result-id^="nm-court-information-sharing#"] [data-missing]';
    expect(await textOf(popup, court)).toBe('Does not mention: drivers, licence');
    // Results with every word come first: the first result lacks none.
    expect(await popup.$eval('[data-result-id]', (e) => e.querySelector('[data-missing]') === null)).toBe(true);
  });

  it('finds "AB 1747" as one bill, written apart or together, and puts New Mexico first for "SB 36"', async () => {
    await search(popup, 'AB 1747');
    const apart = await ids(popup);
    expect(apart).toContain('status:CA');
    expect(apart.some((id) => id.startsWith('ca-dmv-data-sharing#'))).toBe(true);
    expect(apart.every((id) => id === 'status:CA' || id.startsWith('ca-dmv-data-sharing#'))).toBe(true);
    await search(popup, 'AB1747');
    expect(await ids(popup)).toEqual(apart);
    await search(popup, 'SB 36');
    expect((await ids(popup))[0]).toBe('status:NM');
    await search(popup, 'LD 1971');
    expect((await ids(popup))[0]).toBe('status:ME');
    await search(popup, 'HF 4');
    expect((await ids(popup))[0]).toBe('status:MN');
  });

  it('finds the English answers for Spanish queries', async () => {
    await search(popup, 'licencias de conducir');
    expect((await ids(popup)).filter((id) => id.includes('#')).length).toBeGreaterThan(3);
    // The excerpt marks the English word the Spanish one stands for.
    expect(await popup.$$eval('[data-result-id*="#"] mark', (marks) => marks.map((m) => m.textContent?.toLowerCase()))).toEqual(
      expect.arrayContaining([expect.stringMatching(/^licen[cs]e|^driv/)]),
    );
    await search(popup, 'tribunales');
    expect((await ids(popup)).slice(0, 5).some((id) => id.startsWith('nm-court-information-sharing#'))).toBe(true);
    await search(popup, 'orden judicial');
    const orders = await ids(popup);
    expect(orders[0]).toBe('glossary:topic:court-order');
    expect(orders.some((id) => id.includes('#'))).toBe(true);
    await search(popup, 'licencia');
    expect((await ids(popup)).some((id) => id.includes('#'))).toBe(true);
  });

  it('suggests spellings, states and starting questions when nothing is found, as buttons that search', async () => {
    await search(popup, 'imigrashun');
    expect(await textOf(popup, '#result-count')).toBe('No answers found.');
    await popup.waitForSelector('[data-no-results]');
    const spellings = await popup.$$eval('[data-suggestion="spelling"]', (els) => els.map((e) => e.textContent));
    expect(spellings).toContain('immigration');
    const states = await popup.$$eval('[data-suggestion="state"]', (els) => els.map((e) => e.getAttribute('data-state')));
    expect(states).toEqual(expect.arrayContaining(['CA', 'ME', 'MN', 'NM']));
    const questions = await popup.$$eval('[data-suggestion="question"]', (els) => els.map((e) => e.textContent));
    expect(questions).toEqual([...STARTING_QUESTIONS]);

    await popup.$$eval('[data-suggestion="spelling"]', (els) => (els.find((e) => e.textContent === 'immigration') as HTMLButtonElement).click());
    await popup.waitForFunction(() => document.querySelector('#result-count')?.getAttribute('data-query') === 'immigration', { polling: 50 });
    expect((await ids(popup)).length).toBeGreaterThan(0);

    await search(popup, 'Teksas');
    await popup.click('[data-suggestion="state"][data-state="TX"]');
    await popup.waitForFunction(() => document.querySelector('[data-result-id]')?.getAttribute('data-result-id') === 'status:TX', { polling: 50 });

    await search(popup, 'qqqzzx');
    await popup.click('[data-suggestion="question"]');
    await popup.waitForFunction((q) => document.querySelector('#result-count')?.getAttribute('data-query') === q, { polling: 50 }, STARTING_QUESTIONS[0]);
    expect((await ids(popup)).length).toBeGreaterThan(0);
  });

  it('offers the answers a filter hides when a filtered search finds nothing', async () => {
    await popup.select('[data-filter="state"]', 'ME');
    await search(popup, 'AB 60');
    await popup.waitForSelector('[data-suggestion="unfiltered"]');
    expect(await textOf(popup, '[data-suggestion="unfiltered"]')).toMatch(/^Show the \d+ answers found without the filters$/);
    await popup.click('[data-suggestion="unfiltered"]');
    await popup.waitForSelector('[data-result-id][data-state="CA"]');
    expect(await popup.$('[data-active-filters]')).toBeNull();
  });

  it('shows a state chosen from a chip as a filter, and Escape clears it with the query', async () => {
    await startOver(popup);
    await popup.click('[data-state-chip="NM"]');
    await popup.waitForSelector('[data-active-filters]');
    expect(await textOf(popup, '[data-active-filters]')).toMatch(/^Showing only: New Mexico\s+Clear filters$/);
    expect(await popup.$eval('[data-filter="state"]', (e) => (e as HTMLSelectElement).value)).toBe('NM');
    await popup.focus('#query');
    await popup.keyboard.press('Escape');
    await popup.waitForSelector('.start [data-state-chip]');
    expect(await queryValue(popup)).toBe('');
    expect(await popup.$eval('[data-filter="state"]', (e) => (e as HTMLSelectElement).value)).toBe('');
    expect(await popup.$('[data-active-filters]')).toBeNull();
    // A search afterwards covers every state again.
    await search(popup, 'court order');
    const states = new Set(await popup.$$eval('[data-result-id][data-state]', (els) => els.map((e) => e.getAttribute('data-state'))));
    expect(states.size).toBeGreaterThan(1);
  });

  it('clears filters with the button beside them', async () => {
    await popup.select('[data-filter="topic"]', 'court-information-sharing');
    await popup.waitForSelector('[data-reset-filters]');
    await popup.click('[data-reset-filters]');
    await popup.waitForFunction(() => !document.querySelector('[data-active-filters]'), { polling: 50 });
    expect(await popup.$eval('[data-filter="topic"]', (e) => (e as HTMLSelectElement).value)).toBe('');
  });

  it('writes counts of one in the singular', async () => {
    await search(popup, 'Texas');
    expect(await textOf(popup, '#result-count')).toBe('1 answer found.');
    await search(popup, 'AB 60');
    expect(await textOf(popup, '#result-count')).toMatch(/^\d+ answers found\.$/);
    expect(await textOf(popup, '[data-stats]')).toMatch(/^\d+ documents? · \d+ answers? · data version /);
    expect(await textOf(popup, '[data-stats]')).not.toMatch(/\b1 (documents|answers)\b/);
    await startOver(popup);
    const perDocument = await popup.$$eval('[data-doc-id] .muted', (els) => els.map((e) => e.textContent ?? ''));
    for (const text of perDocument) expect(text).not.toMatch(/\b1 answers\b/);
  });
});



describe.each(BROWSERS)('popup search in Spanish in %s', (name) => {
  const session = useLensSession(name, { lang: 'es', fixtures: false, page: false });
  beforeAll(async () => {
    if (name === 'firefox') await switchFirefoxToSpanish(session.lens);
  });

  it('agrees its counts in Spanish, and finds the English answers for a Spanish query', async () => {
    const popup = await session.lens.openExtensionPage('popup.html', '[data-doc-id]');
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await textOf(popup, '[data-stats]')).toMatch(/^\d+ documentos? · \d+ respuestas? · versión de datos /);
    await search(popup, 'Texas');
    expect(await textOf(popup, '#result-count')).toBe('Se encontró 1 respuesta.');
    await search(popup, 'tribunales');
    expect(await textOf(popup, '#result-count')).toMatch(/^Se encontraron \d+ respuestas\.$/);
    expect((await ids(popup)).some((id) => id.startsWith('nm-court-information-sharing#'))).toBe(true);
    await search(popup, 'zzqqxx');
    expect(await textOf(popup, '#result-count')).toBe('No se encontraron respuestas.');
    expect(await textOf(popup, '#no-results-title')).toBe('Pruebe otra búsqueda');
    await popup.close();
  });
});
