/**
 * Robustness run over real pages. Each page is loaded three times: twice in a
 * plain Chromium (A1, A2) and once with the extension (B), where a highlighted term is hovered so
 * that our one host element exists. Every kind of term is highlighted for the run (other states
 * too, which are off by default), so that more pages exercise highlights and a popover. Per page:
 *   - extension errors: uncaught exceptions and console errors in the content script's world;
 *   - DOM: the document serialised node by node (our <data-sharing-lens> left out) must be the same
 *     in B as in A1, except where A1 and A2 differ too (the page's own churn). Runs of 5+ digits are
 *     masked first (with any decimals): pages' scripts insert tags with cache-busters (Date.now(),
 *     Math.random()),
 *     different in every load, which the extension cannot have written;
 *   - the page's own scripts: the errors of the page's world must be the same set with and without.
 * The pages' network requests outside 127.0.0.1 fail at once on both sides.
 * ROBUSTNESS_SELFTEST=1 counts our own host as a page change: every hovered page must then fail,
 * which shows the comparison catches a change of one element.
 */
import { sleep } from './stats.mjs';
import { HIGHLIGHT_COUNT_JS, hoverableTermJs, openTab, writeSettings } from './session.mjs';
import { HIGHLIGHT, HOST } from '../lib/session.mjs';

/** Time after load before the DOM is read, the same on both sides (the hover happens within it). */
const SETTLE_MS = 3500;

const SERIALISE = `(() => {
  const lines = [];
  const walk = (node, depth) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1) {
        if (c.localName === ${JSON.stringify(HOST)} && !globalThis.__dslCountHost) continue;
        const attrs = [...c.attributes].map((a) => a.name + '=' + JSON.stringify(a.value)).sort().join(' ');
        lines.push(depth + ' <' + c.localName + ' ' + attrs + '>');
        walk(c, depth + 1);
      } else if (c.nodeType === 3) lines.push(depth + ' #text ' + JSON.stringify(c.data));
      else if (c.nodeType === 8) lines.push(depth + ' #comment ' + JSON.stringify(c.data));
    }
  };
  walk(document, 0);
  for (let i = 0; i < lines.length; i++) lines[i] = lines[i].replace(/\\d{5,}(?:\\.\\d+)?|\\d+\\.\\d{5,}/g, '#');
  const hosts = [...document.querySelectorAll(${JSON.stringify(HOST)})].map((h) => h.parentNode === document.documentElement ? 'on <html>' : 'elsewhere');
  return { lines, hosts };
})()`;

const DIALOG_OPEN = `!!document.querySelector(${JSON.stringify(HOST)})?.shadowRoot?.querySelector('[role=dialog] .answers, [role=dialog] [data-no-documents], [role=dialog] [role=alert]')`;

/** Lines in `a` and not in `b`, as multisets. @param {string[]} a @param {string[]} b */
function minus(a, b) {
  const counts = new Map();
  for (const l of b) counts.set(l, (counts.get(l) ?? 0) + 1);
  const out = [];
  for (const l of a) {
    const n = counts.get(l) ?? 0;
    if (n) counts.set(l, n - 1);
    else out.push(l);
  }
  return out;
}

/**
 * @param {{ newPage: () => Promise<import('puppeteer-core').Page> }} owner
 * @param {string} origin @param {string} url @param {boolean} hover
 */
async function visit(owner, origin, url, hover) {
  const tab = await openTab(owner, origin);
  try {
    await tab.page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    const loaded = Date.now();
    let hovered = 'no highlights';
    if (hover) {
      await tab.page.bringToFront();
      await sleep(1500);
      const at = await tab.evaluate(hoverableTermJs([HIGHLIGHT.state, HIGHLIGHT.term, HIGHLIGHT.otherState]));
      if (!at && (await tab.evaluate(HIGHLIGHT_COUNT_JS))) hovered = 'no term reachable by the pointer';
      if (at) {
        await tab.page.mouse.move(at.x, at.y);
        hovered = 'no popover';
        for (let i = 0; i < 40; i++) {
          if (await tab.evaluate(DIALOG_OPEN)) {
            hovered = 'popover shown';
            break;
          }
          await sleep(50);
        }
        await tab.page.mouse.move(1, 1);
      }
    }
    await sleep(Math.max(0, SETTLE_MS - (Date.now() - loaded)));
    if (process.env.ROBUSTNESS_SELFTEST) await tab.evaluate('globalThis.__dslCountHost = true');
    const dom = await tab.evaluate(SERIALISE);
    const highlights = hover ? await tab.evaluate(HIGHLIGHT_COUNT_JS) : 0;
    return { ...dom, errors: tab.errors, hovered, highlights };
  } finally {
    await tab.page.close().catch(() => undefined);
  }
}

/**
 * @param {{ lens: import('../lib/browsers.mjs').LensBrowser, plain: { newPage: () => Promise<import('puppeteer-core').Page> },
 *   server: import('../lib/server.mjs').FixtureServer, pages: string[], log: (s: string) => void }} ctx
 */
export async function robustnessRun({ lens, plain, server, pages, log }) {
  await writeSettings(lens, { highlight: { coveredStates: true, otherStates: true, agencies: true, federalTerms: true } });
  try {
    return await visitAll({ lens, plain, server, pages, log });
  } finally {
    await writeSettings(lens, null);
  }
}

async function visitAll({ lens, plain, server, pages, log }) {
  const rows = [];
  for (const file of pages) {
    const url = server.url(encodeURI(file));
    try {
      // The three loads run at once: the comparison is of content, not of timing.
      const [a1, a2, b] = await Promise.all([visit(plain, server.origin, url, false), visit(plain, server.origin, url, false), visit(lens, server.origin, url, true)]);
      const noise = new Set([...minus(a1.lines, a2.lines), ...minus(a2.lines, a1.lines)]);
      const added = minus(b.lines, a1.lines).filter((l) => !noise.has(l));
      const removed = minus(a1.lines, b.lines).filter((l) => !noise.has(l));
      const pageErrors = (/** @type {typeof b.errors} */ e) => e.filter((x) => x.world === 'page').map((x) => x.text);
      const known = new Set([...pageErrors(a1.errors), ...pageErrors(a2.errors)]);
      const newPageErrors = pageErrors(b.errors).filter((t) => !known.has(t));
      const lostPageErrors = [...new Set(pageErrors(a1.errors))].filter((t) => pageErrors(a2.errors).includes(t) && !pageErrors(b.errors).includes(t));
      const row = {
        file,
        highlights: b.highlights,
        hovered: b.hovered,
        hosts: b.hosts,
        extensionErrors: b.errors.filter((x) => x.world === 'extension').map((x) => x.text),
        domAdded: added,
        domRemoved: removed,
        noiseLines: noise.size,
        pageErrors: pageErrors(a1.errors).length,
        newPageErrors,
        lostPageErrors,
      };
      row.ok =
        !row.extensionErrors.length && !added.length && !removed.length && !newPageErrors.length && !lostPageErrors.length &&
        row.hosts.every((h) => h === 'on <html>') && row.hosts.length <= 1;
      rows.push(row);
      log(`  ${row.ok ? 'ok  ' : 'FAIL'} ${file.padEnd(52)} ${b.highlights} highlights, ${b.hovered}, DOM +${added.length}/−${removed.length}, extension errors ${row.extensionErrors.length}, page errors ${row.pageErrors}${newPageErrors.length ? ` (+${newPageErrors.length} new)` : ''}`);
      for (const l of [...added.slice(0, 3).map((x) => `+ ${x}`), ...removed.slice(0, 3).map((x) => `− ${x}`), ...row.extensionErrors.slice(0, 3), ...newPageErrors.slice(0, 3)])
        log(`       ${l.slice(0, 160)}`);
    } catch (error) {
      rows.push({ file, ok: false, failure: String(error) });
      log(`  FAIL ${file}: ${error}`);
    }
  }
  return rows;
}
