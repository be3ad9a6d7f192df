// @vitest-environment happy-dom
/**
 * The popup's search screen with the bundled answers, statuses and glossary in memory: what the
 * result line says, the suggestions when nothing is found, filters and Escape. (The end-to-end
 * tests in tests/e2e/popup-search.e2e.ts check the same in real browsers.)
 */
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { h } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ENGLISH, getMessageFrom, SPANISH, type Catalogue } from './catalogue';
import { STARTING_QUESTIONS } from '@/data/starting-questions';
import { createSearch } from '@/utils/search';
import { bundledAnswers } from './helpers';

vi.mock('@/utils/browser/messaging', () => ({ sendMessage: async () => ({ documents: 5, entries: 100, dataVersion: 'test' }) }));
vi.mock('@/entrypoints/popup/SiteToggle', () => ({ SiteToggle: () => null }));
vi.mock('@/utils/storage/search-index', async (importOriginal) => {
  const original = await importOriginal<typeof import('@/utils/storage/search-index')>();
  const { BUNDLED_DOCUMENTS } = await import('@/data/documents');
  const { indexBundledDocuments } = await import('@/utils/storage/seed');
  return {
    ...original,
    loadSearch: async () => {
      const answers = bundledAnswers();
      return {
        answers,
        documents: indexBundledDocuments(BUNDLED_DOCUMENTS, 0).documents,
        engine: createSearch(original.buildSearchRecords(answers)),
        byId: original.buildSearchItems(answers),
        fromCache: false,
      };
    },
  };
});

function speak(catalogue: Catalogue) {
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(getMessageFrom(catalogue) as never);
}

afterEach(cleanup);
beforeEach(() => speak(ENGLISH));

async function openPopup() {
  vi.resetModules();
  const { Popup } = await import('@/entrypoints/popup/Popup');
  const view = render(h(Popup, {}));
  await waitFor(() => expect(view.container.querySelector('[data-doc-id]')).not.toBeNull());
  return view;
}

const $ = (root: Element, selector: string) => root.querySelector<HTMLElement>(selector);
const resultLine = (root: Element) => $(root, '#result-count')!.textContent ?? '';
function type(root: Element, query: string) {
  const input = $(root, '#query') as HTMLInputElement;
  input.value = query;
  fireEvent.input(input);
}

describe('the popup search', { timeout: 20_000 }, () => {
  it('says when it shows answers with only some of the words, and which words they lack', async () => {
    const { container } = await openPopup();
    type(container, 'drivers licence court');
    await waitFor(() => expect(resultLine(container)).toMatch(/answers found\. \d+ have every word; the rest have most of them\./));
    const court = $(container, '[data-result-id^="nm-court-information-sharing#"]');
    expect(court).not.toBeNull();
    expect($(court!, '[data-missing]')?.textContent).toBe('Does not mention: drivers, licence');
  });

  it('suggests spellings, states and the starting questions when nothing is found, and runs them', async () => {
    const { container } = await openPopup();
    type(container, 'imigrashun');
    await waitFor(() => expect($(container, '[data-no-results]')).not.toBeNull());
    expect(resultLine(container)).toBe('No answers found.');
    const spellings = [...container.querySelectorAll('[data-suggestion="spelling"]')].map((b) => b.textContent);
    expect(spellings).toContain('immigration');
    expect([...container.querySelectorAll('[data-suggestion="state"]')].map((b) => b.getAttribute('data-state'))).toEqual(
      expect.arrayContaining(['CA', 'ME', 'MN', 'NM']),
    );
    expect([...container.querySelectorAll('[data-suggestion="question"]')].map((b) => b.textContent)).toEqual([...STARTING_QUESTIONS]);
    fireEvent.click([...container.querySelectorAll<HTMLElement>('[data-suggestion="spelling"]')].find((b) => b.textContent === 'immigration')!);
    await waitFor(() => expect(container.querySelectorAll('[data-result-id]').length).toBeGreaterThan(0));
    expect(($(container, '#query') as HTMLInputElement).value).toBe('immigration');
  });

  it('suggests a state by a name close to what was typed', async () => {
    const { container } = await openPopup();
    type(container, 'Teksas');
    await waitFor(() => expect($(container, '[data-no-results]')).not.toBeNull());
    fireEvent.click($(container, '[data-suggestion="state"][data-state="TX"]')!);
    await waitFor(() => expect($(container, '[data-result-id]')?.getAttribute('data-result-id')).toBe('status:TX'));
  });

  it('offers the results hidden by the filters', async () => {
    const { container } = await openPopup();
    fireEvent.change($(container, '[data-filter="state"]')!, { target: { value: 'ME' } });
    type(container, 'AB 60');
    await waitFor(() => expect($(container, '[data-suggestion="unfiltered"]')).not.toBeNull());
    expect($(container, '[data-suggestion="unfiltered"]')!.textContent).toMatch(/^Show the \d+ answers found without the filters$/);
    fireEvent.click($(container, '[data-suggestion="unfiltered"]')!);
    await waitFor(() => expect($(container, '[data-result-id][data-state="CA"]')).not.toBeNull());
    expect($(container, '[data-active-filters]')).toBeNull();
  });

  it('shows a state picked from a chip as a filter, and Escape clears it with the query', async () => {
    const { container } = await openPopup();
    fireEvent.click($(container, '[data-state-chip="NM"]')!);
    await waitFor(() => expect($(container, '[data-active-filters]')?.textContent).toMatch(/^Showing only: New Mexico Clear filters$/));
    fireEvent.keyDown($(container, '#query')!, { key: 'Escape' });
    await waitFor(() => expect($(container, '[data-active-filters]')).toBeNull());
    expect(($(container, '#query') as HTMLInputElement).value).toBe('');
    expect(($(container, '[data-filter="state"]') as HTMLSelectElement).value).toBe('');
    // With nothing typed, Escape still clears a filter set from the select.
    fireEvent.change($(container, '[data-filter="topic"]')!, { target: { value: 'court-information-sharing' } });
    await waitFor(() => expect($(container, '[data-active-filters]')).not.toBeNull());
    fireEvent.keyDown($(container, '#query')!, { key: 'Escape' });
    await waitFor(() => expect($(container, '[data-active-filters]')).toBeNull());
  });

  it('resets the filters from the button beside them', async () => {
    const { container } = await openPopup();
    fireEvent.change($(container, '[data-filter="state"]')!, { target: { value: 'CA' } });
    await waitFor(() => expect($(container, '[data-reset-filters]')).not.toBeNull());
    fireEvent.click($(container, '[data-reset-filters]')!);
    await waitFor(() => expect(($(container, '[data-filter="state"]') as HTMLSelectElement).value).toBe(''));
  });

  it('says "1 answer found", not "1 answers"', async () => {
    const { container } = await openPopup();
    type(container, 'Texas');
    await waitFor(() => expect(resultLine(container)).toBe('1 answer found.'));
    expect(container.querySelectorAll('[data-result-id]')).toHaveLength(1);
    type(container, 'AB 60');
    await waitFor(() => expect(resultLine(container)).toMatch(/^\d+ answers found\.$/));
  });

  it('agrees counts in Spanish too', async () => {
    speak(SPANISH);
    const { container } = await openPopup();
    expect($(container, '[data-stats]')!.textContent).toBe('5 documentos · 100 respuestas · versión de datos test');
    type(container, 'tribunales');
    await waitFor(() => expect(resultLine(container)).toMatch(/^Se encontraron \d+ respuestas\.$/));
  });
});
