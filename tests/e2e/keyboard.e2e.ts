/**
 * The keyboard path and what the page itself sees of the lens: after highlights,
 * hovers and keyboard popovers, the page's DOM holds one new element (our host) and nothing else
 * changed. The page records its own mutations (tests/fixtures/pages/record-mutations.js), from an
 * observer installed before any extension code runs.
 */
import { describe, expect, it } from 'vitest';
import { BROWSERS } from '../../scripts/lib/browsers.mjs';
import { HOST, hover, popover, sendFocusNextTerm, sleep, waitForNoPopover, waitForPopover } from './support/lens-page';
import { useLensSession } from './support/session';

interface RecordedMutation {
  type: string;
  target: string;
  attribute: string | null;
  added: string[];
  removed: string[];
}

describe.each(BROWSERS)('keyboard path and page integrity in %s', (name) => {
  const session = useLensSession(name, { open: { path: 'article.html', minHighlights: 20 } });

  /** Where keyboard focus is, seen from the page: "host > inner element" when it is in our popover. */
  const focusPath = () =>
    session.page.evaluate((tag: string) => {
      const active = document.activeElement;
      if (active?.localName !== tag) return active ? `${active.localName}${active.id ? `#${active.id}` : ''}` : 'none';
      const inner = (active as HTMLElement).shadowRoot!.activeElement;
      const inDialog = !!inner?.closest('[role="dialog"]');
      return `${tag} > ${inDialog ? 'dialog' : 'outside'}:${inner?.localName ?? 'none'}`;
    }, HOST);

  it('the command opens the first term in view with focus inside its dialog, and then the next one', async () => {
    await session.page.bringToFront();
    // Start from a focused link, so "focus returns" has somewhere visible to return to.
    await session.page.focus('header.site a');
    await sendFocusNextTerm(session.lens, session.page);
    const first = await waitForPopover(session.page);
    // The headline ("New Mexico courts weigh limits on ICE access…") is the first text in view.
    expect(first.name).toContain('New Mexico');
    expect(first.focusInside).toBe(true);
    expect(await focusPath()).toMatch(/^data-sharing-lens > dialog:/);

    await sendFocusNextTerm(session.lens, session.page);
    await session.page.waitForFunction((tag: string) => /“ICE”/.test(document.querySelector(tag)?.shadowRoot?.querySelector('[role="dialog"]')?.textContent ?? ''), { polling: 50, timeout: 5_000 }, HOST);
    const second = await waitForPopover(session.page);
    expect(second.name).toContain('ICE');
    expect(second.focusInside).toBe(true);
  });

  it('Tab and Shift+Tab move within the dialog and never out to the page', async () => {
    const count = await session.page.evaluate(
      (tag: string) =>
        document.querySelector(tag)!.shadowRoot!.querySelectorAll('[role="dialog"] :is(a[href], button, summary, [tabindex="0"])').length,
      HOST,
    );
    expect(count).toBeGreaterThan(3);
    const seen = new Set<string>();
    for (let i = 0; i < count + 3; i++) {
      await session.page.keyboard.press('Tab');
      const where = await focusPath();
      expect(where, `after ${i + 1} Tab`).toMatch(/^data-sharing-lens > dialog:/);
      seen.add(await session.page.evaluate((tag: string) => document.querySelector(tag)!.shadowRoot!.activeElement?.textContent ?? '', HOST));
    }
    // It went round: more than one control was reached.
    expect(seen.size).toBeGreaterThan(2);
    for (let i = 0; i < 3; i++) {
      await session.page.keyboard.down('Shift');
      await session.page.keyboard.press('Tab');
      await session.page.keyboard.up('Shift');
      expect(await focusPath()).toMatch(/^data-sharing-lens > dialog:/);
    }
  });

  it('Escape closes the dialog and returns focus to where it was', async () => {
    await session.page.keyboard.press('Escape');
    await waitForNoPopover(session.page);
    expect(await focusPath()).toBe('a');
    expect(await session.page.evaluate(() => document.activeElement?.textContent)).toBe('The Desert Ledger');
  });

  it('a keyboard-opened dialog does not close when the pointer wanders off', async () => {
    await sendFocusNextTerm(session.lens, session.page);
    await waitForPopover(session.page);
    await session.page.mouse.move(4, 790, { steps: 3 });
    await session.page.mouse.move(600, 400, { steps: 3 });
    await sleep(700);
    expect((await popover(session.page))?.focusInside).toBe(true);
    await session.page.keyboard.press('Escape');
    await waitForNoPopover(session.page);
  });

  // Puppeteer's accessibility snapshot needs CDP; in Firefox the name is checked from the DOM
  // (aria-labelledby) in lookup.e2e.ts.
  it.skipIf(name !== 'chromium')('the browser’s own accessibility tree names the dialog with the term', async () => {
    await hover(session.page, '#license', 'Californians');
    await waitForPopover(session.page);
    const snapshot = await session.page.accessibility.snapshot({ interestingOnly: true });
    const dialogs: { name?: string }[] = [];
    const walk = (node: { role?: string; name?: string; children?: unknown[] } | null) => {
      if (!node) return;
      if (node.role === 'dialog') dialogs.push(node);
      for (const child of node.children ?? []) walk(child as typeof node);
    };
    walk(snapshot as never);
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0].name).toContain('Californians');
    await session.page.mouse.move(4, 790, { steps: 3 });
    await waitForNoPopover(session.page);
  });

  it('the page saw one element added (our host on <html>) and nothing else changed', async () => {
    const seen = await session.page.evaluate(() => {
      const w = window as unknown as { __mutations: RecordedMutation[]; __bodyAtLoad: string; __htmlChildrenAtLoad: string[] };
      return {
        mutations: w.__mutations,
        bodySame: document.body.outerHTML === w.__bodyAtLoad,
        htmlChildren: [...document.documentElement.children].map((e) => e.localName),
        htmlChildrenAtLoad: w.__htmlChildrenAtLoad,
      };
    });
    expect(seen.bodySame).toBe(true);
    expect(seen.htmlChildren).toEqual([...seen.htmlChildrenAtLoad, HOST]);
    // Our host may be added once; nothing may target any other node.
    const foreign = seen.mutations.filter((m) => !(m.type === 'childList' && m.target === 'html' && m.added.join() === HOST && !m.removed.length) && m.target !== HOST);
    expect(foreign).toEqual([]);
    expect(seen.mutations.filter((m) => m.added.includes(HOST))).toHaveLength(1);
  });

  it('sent nothing to the console', () => {
    expect(session.errors).toEqual([]);
  });
});
