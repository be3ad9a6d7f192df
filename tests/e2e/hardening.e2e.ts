/**
 * Hostile hosts: a strict CSP that requires Trusted Types, a page that
 * patches built-ins, aggressive global CSS, and print. The lens must work on each and leave the
 * page as it was.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS } from '../../scripts/lib/browsers.mjs';
import { HOST, highlighted, HIGHLIGHT, hover, saveScreenshot, sleep, until, waitForNoPopover, waitForPopover } from './support/lens-page';
import { useLensSession } from './support/session';

const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'none'; " +
  "require-trusted-types-for 'script'; trusted-types 'none'";

describe.each(BROWSERS)('hostile pages in %s', (name) => {
  const session = useLensSession(name, {
    headers: (path): Record<string, string> => (path === '/hostile-csp.html' ? { 'content-security-policy': STRICT_CSP } : {}),
  });

  describe('strict CSP with Trusted Types required', () => {
    beforeAll(async () => {
      await session.open('hostile-csp.html', { minHighlights: 4 });
    });

    it('highlights and answers a hover, causing no CSP or Trusted Types violation', async () => {
      expect(await highlighted(session.page, HIGHLIGHT.state)).toEqual(expect.arrayContaining(['N.M.@lede', 'New Mexico@lede', 'California@lede']));
      await hover(session.page, '#lede', 'California');
      const view = await waitForPopover(session.page);
      expect(view.answers[0]?.attribution).toMatch(/^California · /);
      // Styled (constructable style sheets are not subject to the page's style-src).
      const styled = await session.page.evaluate((tag: string) => getComputedStyle(document.querySelector(tag)!.shadowRoot!.querySelector('[role="dialog"]')!).borderRadius, HOST);
      expect(styled).toBe('10px');
      await session.page.mouse.move(4, 4);
      await waitForNoPopover(session.page);
      expect(await session.page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
    });

    it('the policy was in force (a string-to-HTML sink throws in the page)', async () => {
      const before = session.errors.length;
      const enforced = await session.page.evaluate(() => {
        try {
          document.createElement('div').innerHTML = '<b>x</b>';
          return false;
        } catch {
          return true;
        }
      });
      expect(enforced).toBe(true);
      // The browser reports this probe's refusal on the console: the test's doing, not ours.
      await sleep(300);
      session.errors.splice(before);
    });
  });

  describe('a page that patches built-ins', () => {
    beforeAll(async () => {
      await session.open('hostile-builtins.html', { minHighlights: 3 });
    });

    it('highlights, answers a hover, and never calls the page’s patched functions', async () => {
      expect(await highlighted(session.page, HIGHLIGHT.state)).toEqual(expect.arrayContaining(['Mainers@lede', 'Minnesota@lede']));
      // Read before the hover: the test's own pointOf() calls the page's createRange.
      const calls = await session.page.evaluate(() => (window as unknown as { __patchCalls: Record<string, number> }).__patchCalls);
      // The page never calls these itself, yet the scan made a Range per match and registered
      // highlights: any call counted here would be ours, through the page's world.
      expect({ attachShadow: calls.attachShadow, createRange: calls.createRange, highlightsSet: calls.highlightsSet }).toEqual({
        attachShadow: 0,
        createRange: 0,
        highlightsSet: 0,
      });
      await hover(session.page, '#lede', 'Mainers');
      const view = await waitForPopover(session.page);
      expect(view.name).toContain('Mainers');
      expect(view.answers[0]?.attribution).toMatch(/^Maine · /);
      await session.page.mouse.move(4, 4);
      await waitForNoPopover(session.page);
    });

    it('the page’s own scripts keep working, and text they add later is highlighted', async () => {
      await until(session.page, () => !!(window as unknown as { __pageSelfTest?: unknown }).__pageSelfTest, null);
      const self = await session.page.evaluate(() => (window as unknown as { __pageSelfTest: { words: string } }).__pageSelfTest);
      expect(self.words).toBe('CALIFORNIA,DMV');
      await until(session.page, (n: string) => [...(CSS.highlights.get(n) ?? [])].some((r) => (r as Range).toString() === 'California DMV'), HIGHLIGHT.term);
    });
  });

  describe('aggressive global CSS', () => {
    beforeAll(async () => {
      await session.open('hostile-css.html', { minHighlights: 4 });
    });

    it('the popover shows, on top of everything, inside the viewport, and readable', async () => {
      await hover(session.page, '#lede', 'Californians');
      const view = await waitForPopover(session.page);
      const check = await session.page.evaluate((tag: string) => {
        const host = document.querySelector(tag)!;
        const dialog = host.shadowRoot!.querySelector<HTMLElement>('[role="dialog"]')!;
        const r = dialog.getBoundingClientRect();
        const style = getComputedStyle(dialog);
        // What is painted on top at a few points inside the dialog: our host, not the wall.
        const points = [
          [r.left + 20, r.top + 20],
          [r.left + r.width / 2, r.top + r.height / 2],
          [r.right - 20, r.bottom - 20],
        ];
        return {
          hostDisplay: getComputedStyle(host).display,
          onTop: points.map(([x, y]) => document.elementFromPoint(x, y)?.localName),
          fontSize: style.fontSize,
          opacity: style.opacity,
          visibility: style.visibility,
          viewport: { width: innerWidth, height: innerHeight },
        };
      }, HOST);
      expect(check.hostDisplay).toBe('block');
      expect(check.onTop).toEqual([HOST, HOST, HOST]);
      expect(check.fontSize).toBe('14px');
      expect(check.opacity).toBe('1');
      expect(check.visibility).toBe('visible');
      expect(view.rect.left).toBeGreaterThanOrEqual(0);
      expect(view.rect.top).toBeGreaterThanOrEqual(0);
      expect(view.rect.right).toBeLessThanOrEqual(check.viewport.width);
      expect(view.rect.bottom).toBeLessThanOrEqual(check.viewport.height);
      // Placed at the term (the page's transforms move the text, not our fixed layer).
      const term = await session.page.evaluate(() => {
        const text = document.getElementById('lede')!.firstChild as Text;
        const range = document.createRange();
        const at = text.data.indexOf('Californians');
        range.setStart(text, at);
        range.setEnd(text, at + 'Californians'.length);
        const r = range.getBoundingClientRect();
        return { left: r.left, top: r.top, bottom: r.bottom };
      });
      expect(view.side === 'below' ? view.rect.top - term.bottom : term.top - view.rect.bottom).toBeLessThan(40);
      expect(view.side === 'below' ? view.rect.top - term.bottom : term.top - view.rect.bottom).toBeGreaterThanOrEqual(0);
      console.info(`screenshot: ${await saveScreenshot(session.page, `${name}-hostile-css.png`)}`);
      await session.page.mouse.move(4, 4);
      await waitForNoPopover(session.page);
    });
  });

  describe('print', () => {
    beforeAll(async () => {
      await session.open('article.html', { minHighlights: 20 });
    });

    it('prints the article without our popover or highlight styles', async () => {
      await hover(session.page, '#lede', 'New Mexico');
      await waitForPopover(session.page);
      if (name === 'chromium') {
        await session.page.emulateMediaType('print');
        const printed = await session.page.evaluate((tag: string) => {
          const el = document.getElementById('lede')!;
          const h = getComputedStyle(el, '::highlight(data-sharing-lens-state)');
          return { host: getComputedStyle(document.querySelector(tag)!).display, background: h.backgroundColor, decoration: h.textDecorationLine };
        }, HOST);
        await session.page.emulateMediaType('screen');
        expect(printed).toEqual({ host: 'none', background: 'rgba(0, 0, 0, 0)', decoration: 'none' });
      }
      if (name === 'firefox') {
        // WebDriver BiDi cannot emulate print media: check that our host's own sheet hides it in
        // print (the highlight rules' print block is checked in Chromium above).
        const hidden = await session.page.evaluate((tag: string) => {
          const sheets = document.querySelector(tag)!.shadowRoot!.adoptedStyleSheets;
          return sheets.some((sheet) =>
            [...sheet.cssRules].some((r) => r instanceof CSSMediaRule && r.conditionText === 'print' && /:host\s*\{\s*display:\s*none\s*!important/.test(r.cssText)),
          );
        }, HOST);
        expect(hidden).toBe(true);
      }
      // Both browsers: printing to PDF with the popover open works and throws nothing.
      const pdf = await session.page.pdf({ format: 'A4' });
      expect(pdf.byteLength).toBeGreaterThan(1000);
      await session.page.mouse.move(4, 4);
      await waitForNoPopover(session.page);
    });
  });

  it('sent nothing to the console', () => {
    expect(session.errors).toEqual([]);
  });
});
