/**
 * On-page lookup on the fixture article: what is highlighted
 * and what is not, and what a hover shows. One browser and one article tab per browser; tests
 * run in order and each leaves the popover closed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS } from '../../scripts/lib/browsers.mjs';
import {
  HIGHLIGHT,
  HOST,
  highlighted,
  hover,
  moveTo,
  pointOf,
  popover,
  registeredRanges,
  saveScreenshot,
  sleep,
  storeSettings,
  waitForNoPopover,
  waitForPopover,
} from './support/lens-page';
import { useLensSession } from './support/session';

describe.each(BROWSERS)('on-page lookup in %s', (name) => {
  const session = useLensSession(name, { open: { path: 'article.html', minHighlights: 20 }, restAfterEach: true });

  it('highlights states with documents (names, AP forms, demonyms, possessives, datelines)', async () => {
    const states = await highlighted(session.page, HIGHLIGHT.state);
    expect(states).toEqual(
      expect.arrayContaining([
        'New Mexico@headline',
        'N.M.@lede',
        'New Mexico@lede',
        'New Mexico@courts',
        'California@license',
        'Minnesota@license',
        'Californians@license',
        'Mainers@maine',
        "Maine's@maine",
      ]),
    );
    // The related-links list and the footer's address are not the article: no highlights there.
    expect(states.filter((s) => s.endsWith('@a') || s.endsWith('@footer'))).toEqual([]);
  });

  it('highlights agencies and federal terms', async () => {
    const terms = await highlighted(session.page, HIGHLIGHT.term);
    expect(terms).toEqual(
      expect.arrayContaining([
        'ICE@headline',
        'ICE@lede',
        'Administrative Office of the Courts@courts',
        'Bernalillo County Metropolitan Court@courts',
        'DMV@license',
        'AB 60 license@license',
        'Bureau of Motor Vehicles@maine',
        "Driver's Privacy Protection Act@maine",
        '287(g)@texas',
      ]),
    );
  });

  it('leaves the traps alone: newspapers, people, counties, Baja California, "ice", code and form controls', async () => {
    const all = await registeredRanges(session.page);
    const texts = all.map((r) => r.text);
    expect(texts.filter((t) => /Washington|New York|Baja|Georgia/.test(t))).toEqual([]);
    expect(texts).not.toContain('ice');
    // #traps holds look-alikes (newspapers, a county, Baja California) and one real state: the
    // "Ore." of "Washington County, Ore.".
    expect(all.filter((r) => r.where === 'traps').map((r) => r.text)).toEqual(['Ore.']);
    expect(all.filter((r) => r.where === 'code-sample')).toEqual([]);
    const inForms = await session.page.evaluate(() => {
      const found: string[] = [];
      for (const [name, h] of CSS.highlights)
        for (const r of h as Highlight) if ((r as Range).startContainer.parentElement?.closest('form, code')) found.push(`${name}: ${(r as Range).toString()}`);
      return found;
    });
    expect(inForms).toEqual([]);
  });

  describe('other states (on by default: every state has a checked status)', () => {
    let others: string[];
    beforeAll(async () => {
      await session.page.waitForFunction((n: string) => (CSS.highlights.get(n)?.size ?? 0) > 0, { polling: 50, timeout: 5_000 }, HIGHLIGHT.otherState);
      others = await highlighted(session.page, HIGHLIGHT.otherState);
    });

    it('switching them off in the settings removes their highlights, and on again brings them back', async () => {
      await storeSettings(session.lens, { highlight: { otherStates: false } });
      await session.page.bringToFront();
      await session.page.waitForFunction((n: string) => (CSS.highlights.get(n)?.size ?? 0) === 0, { polling: 50, timeout: 5_000 }, HIGHLIGHT.otherState);
      await storeSettings(session.lens, {});
      await session.page.bringToFront();
      await session.page.waitForFunction((n: string) => (CSS.highlights.get(n)?.size ?? 0) > 0, { polling: 50, timeout: 5_000 }, HIGHLIGHT.otherState);
    });

    it('highlights them, but not Washington Post, Washington County, Denzel Washington or the New York Times', () => {
      expect(others).toEqual(expect.arrayContaining(['Texas@texas']));
      expect(others.filter((t) => /Washington|New York|Baja/.test(t))).toEqual([]);
    });

    it('does not take the byline’s "Georgia Harrison" for the state', () => {
      expect(others.filter((t) => /Georgia/.test(t))).toEqual([]);
    });
  });

  it('hovering "New Mexico" in a courts article shows a dialog named after the term, courts document first', async () => {
    await hover(session.page, '#lede', 'New Mexico');
    const view = await waitForPopover(session.page);
    expect(view.role).toBe('dialog');
    expect(view.name).toContain('New Mexico');
    expect(view.answers.length).toBeGreaterThan(0);
    expect(view.answers[0].attribution).toMatch(/^New Mexico · State court information sharing · Q\d+$/);
    // Hover leaves focus on the page: reading with the pointer must not steal the keyboard.
    expect(view.focusInside).toBe(false);
    await session.rest();
  });

  it('every answer shows its question and an attribution with the state and the question number', async () => {
    for (const [selector, text, state] of [
      ['#lede', 'ICE', 'New Mexico'],
      ['#maine', 'Mainers', 'Maine'],
      ['#license', 'Minnesota', 'Minnesota'],
    ] as const) {
      await hover(session.page, selector, text);
      const view = await waitForPopover(session.page);
      expect(view.name, `${text}`).toContain(text);
      expect(view.answers.length, `${text}`).toBeGreaterThan(0);
      for (const answer of view.answers) {
        expect(answer.question.trim().length, `${text}`).toBeGreaterThan(10);
        expect(answer.question, `${text}`).toMatch(/\?$/);
        expect(answer.attribution, `${text}`).toMatch(new RegExp(`^${state} · .+ · Q\\d+$`));
      }
      await session.rest();
    }
  });

  it('"California" in the license paragraph: the checked status first, every answer with its review badge, a note that opens', async () => {
    await hover(session.page, '#license', 'California');
    const view = await waitForPopover(session.page);
    expect(view.text).toMatch(/What the law says now in California/);
    expect(view.text).toMatch(/AB 1747/);
    expect(view.answers[0].attribution).toMatch(/^California · DMV data sharing · Q\d+$/);
    for (const a of view.answers) expect(a.verdicts.length, a.attribution).toBeGreaterThan(0);
    // The document's current-policy answer (Q1, its wrong "2019 AB 60") still leads the Q&A
    // under the status card, and never without its badge.
    expect(view.answers[0].attribution).toBe('California · DMV data sharing · Q1');
    expect(view.answers[0].verdicts).toContain('wrong');
    // The badge's summary is the note's toggle: clicking it shows each claim, its reason and sources.
    const summary = await session.page.evaluateHandle(
      (tag: string) => document.querySelector(tag)!.shadowRoot!.querySelector('.answer .review summary')!,
      HOST,
    );
    const badge = await session.page.evaluate((el) => (el as HTMLElement).textContent ?? '', summary);
    expect(badge).toMatch(/Checked|Wrong claim|Out of date|No source found|Not about this state/);
    await (summary as unknown as import('puppeteer-core').ElementHandle<Element>).click();
    const note = await session.page.evaluate(
      (tag: string) => {
        const details = document.querySelector(tag)!.shadowRoot!.querySelector<HTMLDetailsElement>('.answer .review')!;
        const body = details.querySelector<HTMLElement>('.note')!;
        return { open: details.open, visible: body.getBoundingClientRect().height > 0, text: body.textContent ?? '' };
      },
      HOST,
    );
    expect(note.open).toBe(true);
    expect(note.visible).toBe(true);
    expect(note.text.length).toBeGreaterThan(80);
    expect(note.text).toMatch(/Checked against stored copies of public pages on \d{4}-\d{2}-\d{2}/);
    // Clicking inside the popover kept it open.
    expect(await popover(session.page)).not.toBeNull();
    await session.rest();
  });

  it('names the dialog with the term as written on the page ("Californians", "N.M.")', async () => {
    for (const [selector, text] of [
      ['#license', 'Californians'],
      ['#lede', 'N.M.'],
    ] as const) {
      await hover(session.page, selector, text);
      const view = await waitForPopover(session.page);
      expect(view.name).toContain(text);
      await session.rest();
    }
  });

  it('opens nothing while the pointer flies across several terms', async () => {
    await session.rest();
    await session.page.evaluate((tag: string) => {
      const w = window as unknown as { __sawDialog: boolean; __watch: boolean };
      w.__sawDialog = false;
      w.__watch = true;
      const check = () => {
        if (document.querySelector(tag)?.shadowRoot?.querySelector('[role="dialog"]')) w.__sawDialog = true;
        if (w.__watch) requestAnimationFrame(check);
      };
      check();
    }, HOST);
    const stops = [
      await pointOf(session.page, '#license', 'California'),
      await pointOf(session.page, '#license', 'Minnesota'),
      await pointOf(session.page, '#license', 'DMV'),
      await pointOf(session.page, '#license', 'Californians'),
      await pointOf(session.page, '#maine', 'Mainers'),
    ];
    for (const stop of stops) await moveTo(session.page, stop, 4);
    await session.page.mouse.move(4, 790, { steps: 4 });
    await sleep(800);
    const saw = await session.page.evaluate(() => {
      const w = window as unknown as { __sawDialog: boolean; __watch: boolean };
      w.__watch = false;
      return w.__sawDialog;
    });
    expect(saw).toBe(false);
  });

  it('stays open while the pointer moves from the term into the popover, and closes when it leaves', async () => {
    const at = await hover(session.page, '#courts', 'Administrative Office of the Courts');
    const view = await waitForPopover(session.page);
    expect(view.name).toContain('Administrative Office of the Courts');
    // Into the popover across the gap, then rest there well past the grace period.
    const inside = { x: Math.min(Math.max(at.x, view.rect.left + 30), view.rect.right - 30), y: view.side === 'above' ? view.rect.bottom - 20 : view.rect.top + 20 };
    await moveTo(session.page, inside, 6);
    await sleep(900);
    expect(await popover(session.page)).not.toBeNull();
    // Out to blank margin: gone after the grace period.
    await session.page.mouse.move(4, 790, { steps: 4 });
    await waitForNoPopover(session.page, 2_000);
  });

  it('follows a dark colour scheme and stays inside the viewport', async () => {
    // Chromium: the system preference (theme "system", the default), emulated over CDP. Firefox:
    // WebDriver BiDi cannot emulate media features yet, so the user's "dark" theme setting.
    if (name === 'chromium') await session.page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    else await storeSettings(session.lens, { theme: 'dark' });
    await session.page.bringToFront();
    try {
      await hover(session.page, '#license', 'California');
      const view = await waitForPopover(session.page);
      const colours = await session.page.evaluate(
        (tag: string) => {
          const style = getComputedStyle(document.querySelector(tag)!.shadowRoot!.querySelector('[role="dialog"]')!);
          return { background: style.backgroundColor, text: style.color };
        },
        HOST,
      );
      expect(luminance(colours.background)).toBeLessThan(0.1);
      expect(luminance(colours.text)).toBeGreaterThan(0.6);
      const viewport = await session.page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
      expect(view.rect.left).toBeGreaterThanOrEqual(0);
      expect(view.rect.top).toBeGreaterThanOrEqual(0);
      expect(view.rect.right).toBeLessThanOrEqual(viewport.width);
      expect(view.rect.bottom).toBeLessThanOrEqual(viewport.height);
      console.info(`screenshot: ${await saveScreenshot(session.page, `${name}-article-dark.png`)}`);
    } finally {
      if (name === 'chromium') await session.page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
      else await storeSettings(session.lens, {});
      await session.page.bringToFront();
    }
  });

  it('sent nothing to the console', () => {
    expect(session.errors).toEqual([]);
  });
});

/** Relative luminance (0 black … 1 white) of a computed rgb()/rgba() colour. */
function luminance(colour: string): number {
  const [r, g, b] = (colour.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
