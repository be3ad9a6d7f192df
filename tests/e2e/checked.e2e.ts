/**
 * The project's checked layer on the page: a state's "what the law says now" comes first in the
 * popover, set apart from what the FAQ document says; every state has one; every bundled answer
 * carries its review badge. One browser per engine, pages from 127.0.0.1.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { BROWSERS } from '../../scripts/lib/browsers.mjs';
import { HOST, hover, waitForPopover } from './support/lens-page';
import { useLensSession } from './support/session';

/** What the open popover shows of the checked layer, in document order. */
function checkedView(page: Page) {
  return page.evaluate((tag: string) => {
    const dialog = document.querySelector(tag)!.shadowRoot!.querySelector('[role="dialog"]')!;
    const card = dialog.querySelector<HTMLElement>('[data-status-card]');
    const firstAnswer = dialog.querySelector('.answer');
    return {
      card: card?.getAttribute('data-status-card') ?? null,
      cardText: card?.textContent ?? '',
      cardVisible: !!card && card.getBoundingClientRect().height > 0,
      kicker: card?.querySelector('.kicker')?.textContent ?? '',
      cardBeforeAnswers: !!card && (!firstAnswer || Boolean(card.compareDocumentPosition(firstAnswer) & Node.DOCUMENT_POSITION_FOLLOWING)),
      noDocuments: dialog.querySelector('[data-no-documents]')?.textContent ?? null,
      glossary: dialog.querySelector('[data-glossary]')?.getAttribute('data-glossary') ?? null,
      glossaryText: dialog.querySelector('[data-glossary]')?.textContent ?? '',
      glossaryFirst: (() => {
        const g = dialog.querySelector('[data-glossary]');
        const later = dialog.querySelector('.answer, [data-status-card], [data-state-line]');
        return !!g && (!later || Boolean(g.compareDocumentPosition(later) & Node.DOCUMENT_POSITION_FOLLOWING));
      })(),
      stateLines: [...dialog.querySelectorAll('[data-state-line]')].map((l) => l.getAttribute('data-state-line')),
      noStateNamed: dialog.querySelector('[data-no-state-named]')?.textContent ?? null,
      disclaimer: dialog.querySelector('[data-doc-disclaimer]')?.textContent ?? null,
      answers: [...dialog.querySelectorAll('.answer')].map((a) => ({
        attribution: a.querySelector('[data-attribution]')?.textContent ?? '',
        verdict: a.querySelector('.review')?.getAttribute('data-verdict') ?? null,
        badge: a.querySelector('.review .badge')?.textContent ?? null,
      })),
    };
  }, HOST);
}

describe.each(BROWSERS)('checked layer on the page in %s', (name) => {
  const session = useLensSession(name, { open: { path: 'licences-article.html', minHighlights: 3 }, restAfterEach: true });

  it('hovering "New Mexico" on a licences article shows the checked status (SB 36) before the first answer', async () => {
    await hover(session.page, '#nm', 'New Mexico');
    const popoverView = await waitForPopover(session.page);
    // Compact, and clear of the term's own line: the reader keeps the sentence in view.
    const line = await session.page.evaluate(() => {
      const p = document.getElementById('nm')!;
      const text = p.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, text.data.indexOf('New Mexico'));
      range.setEnd(text, text.data.indexOf('New Mexico') + 10);
      const r = range.getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    });
    expect(popoverView.rect.right - popoverView.rect.left).toBeLessThanOrEqual(380);
    expect(popoverView.rect.bottom <= line.top || popoverView.rect.top >= line.bottom).toBe(true);
    const view = await checkedView(session.page);
    expect(view.card).toBe('NM');
    expect(view.cardVisible).toBe(true);
    expect(view.kicker).toMatch(/Our checked summary/i);
    expect(view.cardText).toMatch(/SB 36/);
    expect(view.cardText).toMatch(/Nlets/);
    expect(view.cardText).toMatch(/Checked against stored copies of public pages on \d{4}-\d{2}-\d{2}/);
    expect(view.answers.length).toBeGreaterThan(0);
    expect(view.cardBeforeAnswers).toBe(true);
    // The documents are said for what they are, once.
    expect(view.disclaimer).toMatch(/machine-written FAQ text from a private website \(uscisguide\.com is not USCIS\)/);
    // Every bundled answer wears its review badge; the first is not one with a wrong claim.
    for (const a of view.answers) expect(a.verdict, a.attribution).not.toBeNull();
    expect(view.answers[0].verdict).not.toBe('wrong');
  });

  it.each([
    ['#tx', 'Texas', 'TX'],
    ['#il', 'Illinois', 'IL'],
  ])('hovering "%s" (no FAQ document) shows its status card, then one line saying so', async (selector, text, code) => {
    await hover(session.page, selector, text);
    await waitForPopover(session.page);
    const view = await checkedView(session.page);
    expect(view.card).toBe(code);
    expect(view.cardText).toMatch(/What the law says now in/);
    expect(view.cardText).toMatch(/Nlets/);
    expect(view.noDocuments).toMatch(new RegExp(`no FAQ document for ${text}`));
    expect(view.answers).toEqual([]);
  });

  it.each([
    ['#g', '287(g)', 'topic:287g'],
    ['#d', 'immigration detainer', 'topic:detainer'],
  ])('on an article naming no state, "%s" shows the glossary entry and no state’s answers', async (selector, text, termId) => {
    await session.open('federal-article.html', { minHighlights: 3 });
    await hover(session.page, selector, text);
    await waitForPopover(session.page);
    const view = await checkedView(session.page);
    expect(view.glossary).toBe(termId);
    expect(view.glossaryFirst).toBe(true);
    expect(view.glossaryText).toMatch(/Checked against stored copies of public pages on/);
    expect(view.answers).toEqual([]);
    expect(view.card).toBeNull();
    expect(view.stateLines).toEqual([]);
    expect(view.noStateNamed).toMatch(/names no state/);
  });

  it('on an article naming New Mexico, "287(g)" adds New Mexico’s status line after the glossary entry', async () => {
    await session.open('federal-article-nm.html', { minHighlights: 4 });
    await hover(session.page, '#g', '287(g)');
    await waitForPopover(session.page);
    const view = await checkedView(session.page);
    expect(view.glossary).toBe('topic:287g');
    expect(view.glossaryFirst).toBe(true);
    expect(view.stateLines).toEqual(['NM']);
    for (const a of view.answers) expect(a.attribution).toMatch(/^New Mexico · /);
  });

  it('logs nothing to the page’s console', () => {
    expect(session.errors).toEqual([]);
  });
});
