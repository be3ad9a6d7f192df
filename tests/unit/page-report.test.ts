// @vitest-environment happy-dom
/**
 * The states a page reports for the side panel ("States in this article", the map's outlines)
 * follow the same rules as its highlights: a state counts where a highlight of it would be shown
 * (also when the reader switched that category off: counts follow matches, not visibility), never
 * where the matcher or the scan left it out (Georgia the country, a menu, a "Related" list, the
 * site's footer). A page that names no state says so, and a lens switched off takes its states back.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startLens, type Lens } from '@/entrypoints/content-lens/lens';
import { REPORT_DEBOUNCE_MS } from '@/entrypoints/content-lens/timing';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';

const sent = vi.hoisted(() => [] as { type: string; data: unknown }[]);
vi.mock('@/utils/browser/messaging', () => ({
  sendMessage: async (type: string, data: unknown) => {
    sent.push({ type, data });
  },
}));

class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}

let lens: Lens | undefined;
beforeEach(() => {
  sent.length = 0;
  vi.stubGlobal('Highlight', FakeHighlight);
  vi.stubGlobal('CSS', { highlights: new Map() });
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});
afterEach(() => {
  lens?.stop();
  lens = undefined;
  vi.useRealTimers();
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

/** The text of the ranges under one of our highlight names. */
const highlighted = (name: string) =>
  [...((CSS.highlights as unknown as Map<string, FakeHighlight>).get(name) ?? [])].map((r) => (r as Range).toString());

/** The reports sent so far, as the background would store them. */
const reports = () => sent.filter((m) => m.type === 'reportPageStates').map((m) => (m.data as { states: Record<string, number> }).states);

async function start(markup: string, settings: Settings = DEFAULT_SETTINGS): Promise<void> {
  // Fixture markup written here, not page content.
  document.body.innerHTML = markup;
  lens = startLens({ settings, coveredStates: new Set(['NM']), lang: 'en', reportStates: true });
  // The scan waits for idle time before its first slice: a timer here, without requestIdleCallback.
  await vi.advanceTimersByTimeAsync(100);
  await lens.ready;
  await vi.advanceTimersByTimeAsync(REPORT_DEBOUNCE_MS);
}

/** The traps of a drug-seizure story that names no state. */
const TRAPS =
  '<header><nav><ul><li><a href="/ca">California</a></li><li><a href="/tx">Texas</a></li></ul></nav></header>' +
  '<main><article><h1>Agents seize 400 pounds of fentanyl at a border crossing</h1>' +
  '<p>U.S. Customs and Border Protection officers found the drugs in spare tires, the agency said.</p>' +
  '<p>The papers were forged in Georgia, the country in the Caucasus, before the truck reached the port.</p>' +
  '<p>The driver, who wore an ICE-T shirt, said he did not know what he carried.</p></article>' +
  '<aside><h2>Related</h2><ul><li><a href="/a">California Lawmakers Weigh License Privacy</a></li>' +
  '<li><a href="/b">Maine Coon Rescue Finds Homes for 40 Cats</a></li></ul></aside></main>' +
  '<footer><p>The Valley Courier · Albuquerque, NM 87102</p></footer>';

describe('the page report', () => {
  it('names no state for a story whose only "states" are a menu, a related list, the footer and Georgia the country', async () => {
    await start(TRAPS);
    expect(reports()).toEqual([{}]);
  });

  it('counts what is highlighted, once the article names a state', async () => {
    await start(TRAPS.replace('</article>', '<p>Lawmakers spent months on the change. Today New Mexico announced new rules.</p></article>'));
    expect(reports()).toEqual([{ NM: 1 }]);
  });

  it('names no state for an article about Georgia the country, also where a paragraph has no cue of its own', async () => {
    await start(
      '<main><article><h1>Protests in Tbilisi enter a third week</h1>' +
        '<p>Crowds filled the avenue outside parliament again on Sunday night.</p>' +
        '<p>Georgia’s ruling party said it would not call new elections, and Georgians who marched said they would return.</p>' +
        '<p>New Mexico and California have no part in this story.</p></article></main>',
    );
    expect(reports()).toEqual([{ NM: 1, CA: 1 }]);
    expect(highlighted('data-sharing-lens-other-state').filter((t) => t.startsWith('Georgia'))).toEqual([]);
  });

  it('decides article by article on a page of several', async () => {
    await start(
      '<main><article><p>Protests in Tbilisi went on. Georgia’s ruling party said it would not yield.</p></article>' +
        '<article><p>Georgia lawmakers passed the driver’s license bill on Tuesday.</p></article></main>',
    );
    expect(reports()).toEqual([{ GA: 1 }]);
  });

  it('keeps Georgia the state in an article about the state that also names the country', async () => {
    await start(
      '<main><article><p>ATLANTA — Georgia’s driver services agency will share records, officials said.</p>' +
        '<p>One man affected was born in Tbilisi.</p></article></main>',
    );
    expect(reports()).toEqual([{ GA: 1 }]);
  });

  it('counts a state whose highlights the reader switched off', async () => {
    await start('<main><p>Texas and New Mexico differ.</p></main>', { ...DEFAULT_SETTINGS, highlight: { ...DEFAULT_SETTINGS.highlight, otherStates: false } });
    expect(reports()).toEqual([{ TX: 1, NM: 1 }]);
  });

  it('takes its states back when the lens stops (the site switched off), and sends nothing twice', async () => {
    await start('<main><p>Officials in New Mexico said so.</p></main>');
    lens!.stop();
    lens = undefined;
    await vi.advanceTimersByTimeAsync(REPORT_DEBOUNCE_MS * 2);
    expect(reports()).toEqual([{ NM: 1 }, {}]);
  });
});
