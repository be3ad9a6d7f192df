// @vitest-environment happy-dom
/**
 * What the scan does to a page, counted rather than timed (time is the bench's job): the first
 * scan reads each text node once; a burst of changes is handled as one batch that re-reads only the
 * changed text, never the page again.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createScanner, type Scanner } from '@/entrypoints/content-lens/scanner';
import { MUTATION_BATCH_MS, SCAN_SLICE_MS } from '@/entrypoints/content-lens/timing';

let scanner: Scanner | undefined;
afterEach(() => {
  scanner?.stop();
  document.body.replaceChildren();
});

function page(paragraphs: number): HTMLElement {
  for (let i = 0; i < paragraphs; i++) {
    const p = document.createElement('p');
    p.textContent = i % 10 === 0 ? `Paragraph ${i}: New Mexico and ICE.` : `Paragraph ${i} says nothing of interest.`;
    document.body.append(p);
  }
  const ticker = document.createElement('p');
  ticker.id = 'ticker';
  ticker.textContent = 'Markets open';
  document.body.append(ticker);
  return ticker;
}

async function start(): Promise<{ matched: Text[]; forgotten: Text[] }> {
  const matched: Text[] = [];
  const forgotten: Text[] = [];
  scanner = createScanner(document, { lang: 'en', onMatches: (n) => matched.push(n), onForget: (n) => forgotten.push(n) });
  await scanner.start();
  return { matched, forgotten };
}

describe('scanner', () => {
  it('reads every text node once on the first scan, and matches where the terms are', async () => {
    page(200);
    const { matched } = await start();
    expect(scanner!.nodesRead).toBe(201);
    expect(matched).toHaveLength(20);
    expect(scanner!.batches).toBe(0);
  });

  it('reads nothing until the page is idle: the first slice waits for idle time too', async () => {
    page(20);
    const idle: (() => void)[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    try {
      const matched: Text[] = [];
      scanner = createScanner(document, { lang: 'en', onMatches: (n) => matched.push(n), onForget: () => undefined });
      const done = scanner.start();
      await new Promise((r) => setTimeout(r, 20));
      expect(scanner.nodesRead).toBe(0);
      expect(idle).toHaveLength(1);
      idle.shift()!();
      await done;
      expect(scanner.nodesRead).toBe(21);
      expect(matched).toHaveLength(2);
    } finally {
      scanner?.stop();
      scanner = undefined;
      vi.unstubAllGlobals();
    }
  });

  it('reads a long page in slices that end within SCAN_SLICE_MS and yield to the page in between', async () => {
    page(3000);
    // A clock that moves 1 ms per reading: the scan checks it every 64 nodes, so a slice covers
    // SCAN_SLICE_MS readings' worth of nodes and then yields, whatever this machine's speed.
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => ++now);
    await start();
    expect(scanner!.nodesRead).toBe(3001);
    const expected = Math.ceil(3001 / (64 * (SCAN_SLICE_MS - 1)));
    expect(scanner!.slices).toBeGreaterThanOrEqual(expected);
    expect(scanner!.slices).toBeLessThan(3001 / 64);
  });

  it('handles a burst of changes as one batch that re-reads only the changed text', async () => {
    const ticker = page(200);
    const { matched } = await start();
    const read = scanner!.nodesRead;
    // A ticker: ten rewrites spread over less than one batch window (on a fake clock, so a busy
    // machine cannot stretch them over two).
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestIdleCallback', 'cancelIdleCallback'] });
    try {
      for (let i = 0; i < 10; i++) {
        ticker.textContent = `Update ${i}: Minnesota DMV and ICE`;
        await vi.advanceTimersByTimeAsync(MUTATION_BATCH_MS / 20);
      }
      await vi.advanceTimersByTimeAsync(MUTATION_BATCH_MS * 4);
    } finally {
      vi.useRealTimers();
    }
    expect(scanner!.batches).toBe(1);
    // Ten rewrites, one batch: the ticker's current text is read; the other 200 nodes are not.
    expect(scanner!.nodesRead - read).toBe(1);
    expect(matched.at(-1)?.data).toBe('Update 9: Minnesota DMV and ICE');
  });

  it('forgets text that left the page, without reading the rest', async () => {
    page(50);
    const { forgotten } = await start();
    const read = scanner!.nodesRead;
    document.querySelector('p')!.remove();
    await vi.waitFor(() => expect(scanner!.batches).toBe(1), { timeout: MUTATION_BATCH_MS * 8 });
    expect(forgotten).toHaveLength(1);
    expect(scanner!.nodesRead).toBe(read);
  });
});
