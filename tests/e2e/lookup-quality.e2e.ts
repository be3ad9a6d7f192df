/**
 * What a reader reported on real news pages, on one fixture page of its traps: states in a menu,
 * a "Related" list and the footer, a breed, a T-shirt and a country that look like terms, a
 * sentence that starts with a state, a federal term on a story that names no state. Then what the
 * page tells the side panel, the keyboard command after Escape, and an agency only an imported
 * document names.
 */
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { BROWSERS } from '../../scripts/lib/browsers.mjs';
import { HIGHLIGHT, HOST, hover, popover, registeredRanges, sendFocusNextTerm, sleep, waitForNoPopover, waitForPopover } from './support/lens-page';
import { useLensSession } from './support/session';

const TRAPS = 'traps-article.html';

/** What the open popover shows of the checked layer. */
function popoverView(page: Page) {
  return page.evaluate((tag: string) => {
    const dialog = document.querySelector(tag)!.shadowRoot!.querySelector('[role="dialog"]')!;
    const glossary = dialog.querySelector('[data-glossary]');
    const later = dialog.querySelector('.answer, [data-status-card], [data-state-line]');
    return {
      glossary: glossary?.getAttribute('data-glossary') ?? null,
      glossaryFirst: !!glossary && (!later || Boolean(glossary.compareDocumentPosition(later) & Node.DOCUMENT_POSITION_FOLLOWING)),
      card: dialog.querySelector('[data-status-card]')?.getAttribute('data-status-card') ?? null,
      stateLines: [...dialog.querySelectorAll('[data-state-line]')].map((l) => l.getAttribute('data-state-line')),
      answers: [...dialog.querySelectorAll('.answer [data-attribution]')].map((a) => a.textContent ?? ''),
    };
  }, HOST);
}

describe.each(BROWSERS)('lookup quality on a page of traps in %s', (name) => {
  const session = useLensSession(name, { open: { path: TRAPS, minHighlights: 3 }, restAfterEach: true });

  /** "text@where" of every term highlighted, of any category. */
  const allHighlighted = async () => (await registeredRanges(session.page)).filter((r) => r.name !== HIGHLIGHT.active).map((r) => `${r.text}@${r.where}`);

  it('highlights the article’s terms, a state that starts a sentence and a term in a link inside a sentence', async () => {
    expect((await allHighlighted()).sort()).toEqual(['New Mexico@nm', 'U.S. Customs and Border Protection@cbp', 'driver’s license@nm'].sort());
  });

  it('leaves out the menu, the "Related" list (Maine Coon), the footer, Georgia the country and the ICE-T shirt', async () => {
    const ranges = await registeredRanges(session.page);
    // Nav links have no element with an id around them: "a".
    expect(ranges.filter((r) => ['a', 'related', 'footer', 'georgia', 'shirt', 'headline'].includes(r.where))).toEqual([]);
    expect(ranges.map((r) => r.text).filter((t) => /California|Texas|Maine|Georgia|ICE|Arizona|NM/.test(t))).toEqual([]);
  });

  it('tells the side panel the states it highlights, and no other', async () => {
    const extension = await session.lens.openExtensionPage('options.html', 'body');
    try {
      // The page reports its states about a second after its scan settled.
      const info = await extension.waitForFunction(
        async (page: string) => {
          const api = (globalThis as any).browser ?? (globalThis as any).chrome;
          const tab = ((await api.tabs.query({})) as { id: number; url?: string }[]).find((t) => t.url?.endsWith(page));
          if (!tab) return null;
          const key = `pageInfo:${tab.id}`;
          return (await api.storage.session.get(key))[key] ?? null;
        },
        { polling: 200, timeout: 10_000 },
        TRAPS,
      );
      expect(((await info.jsonValue()) as { states: Record<string, number> }).states).toEqual({ NM: 1 });
    } finally {
      await extension.close();
    }
  });

  it('"Customs and Border Protection" on the drug story opens its glossary entry, and no state’s answers', async () => {
    await hover(session.page, '#cbp', 'Customs and Border Protection');
    await waitForPopover(session.page);
    const view = await popoverView(session.page);
    expect(view.glossary).toBe('topic:CBP');
    expect(view.glossaryFirst).toBe(true);
    expect(view.answers).toEqual([]);
    expect(view.card).toBeNull();
    // The page's one state (the brief below the story), never the menu's or the related list's California.
    expect(view.stateLines).toEqual(['NM']);
  });

  it('the keyboard command goes on after Escape from the term the reader was on', async () => {
    await session.open(TRAPS, { minHighlights: 3 }); // a fresh page: no term opened yet
    await session.page.bringToFront();
    /** Sends the command and waits for a popover other than `previous` (the one open, if any). */
    const next = async (previous?: string) => {
      await sendFocusNextTerm(session.lens, session.page);
      const deadline = Date.now() + 5_000;
      while ((await popover(session.page))?.name === previous || !(await popover(session.page))) {
        if (Date.now() > deadline) throw new Error('the command opened no other term');
        await sleep(50);
      }
      const view = await waitForPopover(session.page);
      expect(view.focusInside).toBe(true);
      return view.name;
    };
    const first = await next();
    const second = await next(first);
    await session.page.keyboard.press('Escape');
    await waitForNoPopover(session.page);
    const third = await next();
    expect(first).toContain('Customs and Border Protection');
    expect(second).toContain('New Mexico');
    // Not the first term in view again.
    expect(third).toContain('driver’s license');
    await session.page.keyboard.press('Escape');
    await waitForNoPopover(session.page);
  });

  it('highlights an agency only an imported document names, and answers it from that document', async () => {
    await session.open('oregon-justice-article.html', { minHighlights: 2 });
    const options = await session.lens.openExtensionPage('options.html', '[data-section="imported"] [data-no-imports]');
    try {
      const input = await options.waitForSelector('[data-document-files]');
      await (input as unknown as { uploadFile(...p: string[]): Promise<void> }).uploadFile(resolve('tests/fixtures/documents/oregon-dmv.txt'));
      await options.waitForSelector('[data-import-preview] [data-accepted-file="oregon-dmv.txt"]');
      await options.click('[data-action="confirm-import"]');
      await options.waitForSelector('[data-import-result="done"]');
    } finally {
      await options.close();
    }
    await session.page.bringToFront();
    // The open page learns of the import from coverage and scans again, without a reload.
    await session.page.waitForFunction(
      (n: string) => [...(CSS.highlights.get(n) ?? [])].some((r) => (r as Range).toString() === 'Oregon Department of Justice'),
      { polling: 50, timeout: 15_000 },
      HIGHLIGHT.term,
    );
    await hover(session.page, '#doj', 'Oregon Department of Justice');
    const view = await waitForPopover(session.page);
    expect(view.name).toContain('Oregon Department of Justice');
    const shown = await popoverView(session.page);
    expect(shown.card).toBe('OR');
    expect(shown.answers.length).toBeGreaterThan(0);
    for (const a of shown.answers) expect(a).toMatch(/^Oregon · DMV data sharing · Q\d+$/);
  });

  it('takes no "Georgia" in a story about the country for the state, and keeps the state in the brief beside it', async () => {
    await session.open('country-georgia.html', { minHighlights: 3 });
    const georgia = (await registeredRanges(session.page)).filter((r) => r.name !== HIGHLIGHT.active && /Georgia/.test(r.text)).map((r) => `${r.text}@${r.where}`);
    expect(georgia).toEqual(['Georgia@state']);
    expect((await allHighlighted()).filter((t) => t.startsWith('New Mexico'))).toEqual(['New Mexico@nm']);
  });

  it('logs nothing to the page’s console', () => {
    expect(session.errors).toEqual([]);
  });
});
