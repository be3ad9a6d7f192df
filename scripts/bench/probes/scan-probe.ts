/**
 * Scan probe for `npm run bench`: evaluated in a news page, either in the content script's own
 * isolated world (the extension's side) or in the page's main world (the bare read). Every stage
 * runs whole-page passes synchronously and returns milliseconds per pass; `repeats` passes are
 * timed together because page timers are coarse (0.1 ms without cross-origin isolation).
 *
 * The 'scan' stage is the content script's initial scan: the scanner's own per-node function
 * (proseMatches: length check, matchTerms, isProse) and, for every match, the lens's
 * Range creation and Highlight registration (HitRegistry.add in entrypoints/content-lens/hit-registry.ts). The lens's
 * bookkeeping around it (two Map writes and a counter per match) is left out.
 */
import { proseCheck, proseMatches } from '@/entrypoints/content-lens/scanner';
import { matchTerms } from '@/utils/match-terms';
import { pageLanguage } from '@/utils/page-language';

/**
 * Each stage adds one step to the one before: visit the text nodes; read them (the baseline);
 * matchTerms; isProse where something matched (= proseMatches); Range + Highlight.
 */
export type Stage = 'walk' | 'read' | 'match' | 'prose' | 'scan';

type Lang = 'en' | 'es' | 'none';

/** A name of our own: the live highlights are not touched, and the DOM never is. */
const BENCH_HIGHLIGHT = 'data-sharing-lens-bench';

const walker = () => document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
const next = (w: TreeWalker) => w.nextNode() as Text | null;

/**
 * One function per stage, so each is optimised for its own loop (one shared function switching
 * on the stage was deoptimised by the switching and gave non-monotonic times).
 */
const PASSES: Record<Stage, (lang: Lang, highlight: Highlight) => number> = {
  walk() {
    let found = 0;
    for (let w = walker(), node = next(w); node; node = next(w)) found++;
    return found;
  },
  // The bare read of shared/PERF-NOTES.md: every character read once, natively.
  read() {
    let found = 0;
    for (let w = walker(), node = next(w); node; node = next(w)) found += node.data.indexOf('\u0001');
    return found;
  },
  match(lang) {
    let found = 0;
    for (let w = walker(), node = next(w); node; node = next(w)) {
      const data = node.data;
      if (data.length >= 2) found += matchTerms(data, { lang }).length;
    }
    return found;
  },
  prose(lang) {
    let found = 0;
    const isProse = proseCheck(); // one per pass, as the scanner makes one per slice
    for (let w = walker(), node = next(w); node; node = next(w)) found += proseMatches(node, lang, isProse)?.length ?? 0;
    return found;
  },
  scan(lang, highlight) {
    let found = 0;
    const isProse = proseCheck();
    for (let w = walker(), node = next(w); node; node = next(w)) {
      const matches = proseMatches(node, lang, isProse);
      if (!matches) continue;
      for (const m of matches) {
        const range = document.createRange();
        range.setStart(node, m.start);
        range.setEnd(node, m.end);
        highlight.add(range);
        found++;
      }
    }
    return found;
  },
};

/** The language the content script reads the page in, or 'other' (it stays dormant). */
export function language(): Lang | 'other' {
  return pageLanguage(document.documentElement.lang);
}

/** Times `repeats` passes of a stage; returns ms per pass and what one pass found. */
export function time(stage: Stage, repeats: number): { ms: number; found: number } {
  const lang = language();
  const pass = PASSES[stage];
  const highlight = new Highlight();
  CSS.highlights.set(BENCH_HIGHLIGHT, highlight);
  let found = 0;
  const t0 = performance.now();
  for (let i = 0; i < repeats; i++) {
    highlight.clear();
    found = pass(lang === 'other' ? 'none' : lang, highlight);
  }
  const ms = (performance.now() - t0) / repeats;
  highlight.clear();
  CSS.highlights.delete(BENCH_HIGHLIGHT);
  return { ms, found };
}

/** How many text nodes the page has, and how many of them the matcher finds something in. */
export function census(): { textNodes: number; withMatches: number; matches: number } {
  const lang = language();
  const l = lang === 'other' ? 'none' : lang;
  let textNodes = 0;
  let withMatches = 0;
  let matches = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    textNodes++;
    if (node.data.length < 2) continue;
    const found = matchTerms(node.data, { lang: l }).length;
    if (found) withMatches++;
    matches += found;
  }
  return { textNodes, withMatches, matches };
}
