/**
 * Pages that change after load: posts added later and
 * taken down, a live ticker, a framework that re-renders the text nodes we highlighted.
 */
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS } from '../../scripts/lib/browsers.mjs';
import { HIGHLIGHT, highlighted, hover, registeredRanges, sleep, waitForNoPopover, waitForPopover } from './support/lens-page';
import { useLensSession } from './support/session';

/** Waits until the page's registered ranges satisfy `ok` (the scanner batches changes). */
async function until(page: Page, ok: (ranges: Awaited<ReturnType<typeof registeredRanges>>) => boolean, timeout = 5_000) {
  const deadline = Date.now() + timeout;
  let ranges = await registeredRanges(page);
  while (!ok(ranges)) {
    if (Date.now() > deadline) throw new Error(`highlights never settled: ${ranges.map((r) => `${r.text}@${r.where}`).join(', ')}`);
    await sleep(100);
    ranges = await registeredRanges(page);
  }
  return ranges;
}

describe.each(BROWSERS)('pages that change in %s', (name) => {
  const session = useLensSession(name);

  describe('a live blog', () => {
    beforeAll(async () => {
      await session.open('dynamic.html', { minHighlights: 2 });
    });

    it('highlights a post that arrives after load', async () => {
      await until(session.page, (rs) => rs.some((r) => r.text === 'Minnesota' && r.where === 'later'));
      expect(await highlighted(session.page, HIGHLIGHT.term)).toEqual(expect.arrayContaining(["Driver's Licenses for All@later"]));
    });

    it('highlights posts added by "Load more", and they answer a hover', async () => {
      await session.page.click('#more');
      await session.page.click('#more');
      const ranges = await until(session.page, (rs) => rs.some((r) => r.where === 'more-2'));
      expect(ranges.filter((r) => r.where === 'more-1').map((r) => r.text)).toEqual(expect.arrayContaining(['California’s', 'DMV', 'Maine']));
      await hover(session.page, '#more-2', 'California’s');
      expect((await waitForPopover(session.page)).name).toContain('California’s');
      // Out of the way: the popover covers the buttons below the feed.
      await session.page.mouse.move(4, 4);
      await waitForNoPopover(session.page);
    });

    it('forgets the terms of a post that is taken down', async () => {
      const before = await registeredRanges(session.page);
      expect(before.filter((r) => r.where === 'first').length).toBeGreaterThan(0);
      await session.page.click('#remove');
      const after = await until(session.page, (rs) => rs.every((r) => r.connected) && rs.length < before.length);
      expect(after.length).toBe(before.length - before.filter((r) => r.where === 'first').length);
      // Nothing left of the old post, not even a collapsed range.
      expect(after.filter((r) => !r.text || r.text === 'New Mexico')).toEqual([]);
    });

    it('changed nothing in the page but adding its host', async () => {
      const mutations = await session.page.evaluate(() => (window as unknown as { __mutations: { target: string; added: string[]; removed: string[] }[] }).__mutations);
      // The page's own changes (posts in #feed, the removed post) are expected; ours is the host.
      const ours = mutations.filter((m) => m.target !== 'main');
      expect(ours.every((m) => m.target === 'html' && m.added.join() === 'data-sharing-lens' && !m.removed.length)).toBe(true);
    });
  });

  describe('a live ticker rewriting its text 25 times a second', () => {
    beforeAll(async () => {
      await session.open('ticker.html', { minHighlights: 2, timeout: 15_000, settleMs: 0 }); // A ticker never settles.
    });

    it('ends with the highlights of the last headline, none left over from earlier ones', async () => {
      // Let it run through every headline a few times first.
      await session.page.waitForFunction(() => (window as unknown as { __ticks: number }).__ticks > 30, { polling: 50, timeout: 10_000 });
      await session.page.evaluate(() => (window as unknown as { __stopTicker(): void }).__stopTicker());
      const ranges = await until(session.page, (rs) => {
        const ticker = rs.filter((r) => r.where === 'ticker').map((r) => r.text);
        return ticker.includes('California DMV') && ticker.length === 2;
      });
      expect(ranges.every((r) => r.connected)).toBe(true);
      // "Closing bell · California DMV answers ICE records request"
      expect(ranges.filter((r) => r.where === 'ticker').map((r) => r.text).sort()).toEqual(['California DMV', 'ICE']);
      expect(ranges.filter((r) => r.where === 'static').map((r) => r.text).sort()).toEqual(['ICE', 'New Mexico']);
    });
  });

  describe('a framework that re-renders the highlighted text nodes', () => {
    beforeAll(async () => {
      await session.page.goto(session.server.url('rerender.html'));
      await session.page.waitForFunction(() => (window as unknown as { __done?: boolean }).__done, { polling: 50, timeout: 10_000 });
    });

    it('throws nothing on either side and the highlights follow the new nodes', async () => {
      expect(await session.page.evaluate(() => (window as unknown as { __renderErrors: string[] }).__renderErrors)).toEqual([]);
      // Last render: "Maine BMV and ICE", "New Mexico MVD records", "California courts".
      const ranges = await until(session.page, (rs) => rs.some((r) => r.text === 'Maine BMV') && rs.every((r) => r.connected));
      expect(ranges.map((r) => r.text).sort()).toEqual(['California', 'ICE', 'Maine BMV', 'New Mexico MVD']);
      // Every range sits in a text node the renderer currently owns.
      const current = await session.page.evaluate(() => {
        const owned = new Set([...document.querySelectorAll('#app li')].map((li) => li.firstChild));
        let stale = 0;
        for (const [n, h] of CSS.highlights) if (n.startsWith('data-sharing-lens')) for (const r of h as Highlight) if (!owned.has((r as Range).startContainer as ChildNode)) stale++;
        return stale;
      });
      expect(current).toBe(0);
    });
  });

  it('sent nothing to the console', () => {
    expect(session.errors).toEqual([]);
  });
});
