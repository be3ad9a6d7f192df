/**
 * The on-page lookup for one document: scan → highlight → hover or keyboard → popover.
 * Created only where the extension is on; `stop()` removes every trace.
 */
import { render } from 'preact';
import { termById, type Term } from '@/data/lexicon';
import { stateByCode } from '@/data/states';
import type { TermMatch } from '@/utils/match-terms';
import { placePopover, type Placement } from '@/utils/place-popover';
import { sendMessage, type LookupResponse } from '@/utils/protocol';
import type { Settings } from '@/utils/settings';
import { TermPopover, type PopoverContent } from '@/components/TermPopover';
import popoverCss from '@/components/popover.css?inline';
import { Highlighter, type HighlightCategory } from './highlights';
import { hitTest } from './hit-test';
import { createUiHost, type UiHost } from './host';
import { StateCounts, statesNear, topicWordsNear } from './page-context';
import { createScanner, type Scanner } from './scanner';
import { HOVER_REST_TOLERANCE_PX, LEAVE_GRACE_MS, REPORT_DEBOUNCE_MS, WAKE_INTERVAL_MS } from './timing';

export interface Hit {
  range: Range;
  node: Text;
  term: Term;
  category: HighlightCategory;
  text: string;
}

export interface LensOptions {
  settings: Settings;
  coveredStates: Set<string>;
  lang: 'en' | 'es' | 'none';
  reportStates: boolean;
}

export interface Lens {
  stop(): void;
  update(settings: Settings, coveredStates: Set<string>): void;
  focusNextTerm(): void;
  readonly scanner: Scanner;
  readonly ready: Promise<void>;
}

function categoryOf(term: Term, covered: Set<string>): HighlightCategory {
  if (term.kind === 'state') return covered.has(term.stateCode!) ? 'covered-state' : 'other-state';
  return 'term';
}

function shown(hit: Pick<Hit, 'term' | 'category'>, s: Settings): boolean {
  if (hit.category === 'covered-state') return s.highlight.coveredStates;
  if (hit.category === 'other-state') return s.highlight.otherStates;
  return hit.term.kind === 'agency' ? s.highlight.agencies : s.highlight.federalTerms;
}

export function startLens(options: LensOptions): Lens {
  let { settings, coveredStates } = options;
  let ui: UiHost | undefined;
  const highlighter = new Highlighter();
  const byNode = new Map<Text, Hit[]>();
  const byRange = new Map<AbstractRange, Hit>();
  const stateCounts = new StateCounts();
  let reportTimer: ReturnType<typeof setTimeout> | undefined;

  function ensureUi(): UiHost {
    ui ??= createUiHost(popoverCss);
    return ui;
  }

  function addHit(hit: Hit): void {
    byRange.set(hit.range, hit);
    if (shown(hit, settings)) highlighter.add(hit.category, hit.range);
  }

  const scanner = createScanner(document, {
    lang: options.lang,
    onMatches(node: Text, matches: TermMatch[]) {
      const hits: Hit[] = [];
      for (const m of matches) {
        const term = termById(m.termId);
        if (!term) continue;
        const range = document.createRange();
        range.setStart(node, m.start);
        range.setEnd(node, m.end);
        const hit: Hit = { range, node, term, category: categoryOf(term, coveredStates), text: m.text };
        hits.push(hit);
        addHit(hit);
        if (term.kind === 'state' && term.stateCode) stateCounts.add(term.stateCode);
      }
      byNode.set(node, hits);
      scheduleReport();
    },
    onForget(node: Text) {
      for (const hit of byNode.get(node) ?? []) {
        highlighter.delete(hit.category, hit.range);
        byRange.delete(hit.range);
        if (hit.term.kind === 'state' && hit.term.stateCode) stateCounts.add(hit.term.stateCode, -1);
        if (hit === open?.hit) close();
      }
      byNode.delete(node);
      scheduleReport();
    },
  });

  function scheduleReport(): void {
    if (!options.reportStates || reportTimer !== undefined) return;
    reportTimer = setTimeout(() => {
      reportTimer = undefined;
      void sendMessage('reportPageStates', { states: stateCounts.toRecord(), url: location.href.slice(0, 2048) }).catch(() => undefined);
    }, REPORT_DEBOUNCE_MS);
  }

  // ── Popover ────────────────────────────────────────────────────────────────
  let open: { hit: Hit; content: PopoverContent; takeFocus: boolean; returnFocus: Element | null; placement?: Placement; requestId: number } | undefined;
  let requestSeq = 0;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let pointerInPopover = false;

  function renderPopover(): void {
    const host = ensureUi();
    host.container.className = `lens-root theme-${settings.theme} text-${settings.textSize}`;
    if (!open) {
      render(null, host.container);
      return;
    }
    const current = open;
    const style: Record<string, string> = current.placement
      ? { left: `${current.placement.left}px`, top: `${current.placement.top}px`, maxHeight: `${current.placement.maxHeight}px` }
      : { left: '0px', top: '0px', visibility: 'hidden' };
    render(
      <TermPopover
        termText={current.hit.text}
        content={current.content}
        takeFocus={current.takeFocus && current.placement !== undefined}
        coveredStateNames={[...coveredStates].map((c) => stateByCode(c)?.name ?? c).sort()}
        side={current.placement?.side}
        style={style}
        onClose={() => close(true)}
        onOpenSummary={(stateCode) => void sendMessage('openStateSummary', { stateCode }).catch(() => undefined)}
        onSearch={(query) => void sendMessage('openSearch', { query: query.slice(0, 200) }).catch(() => undefined)}
        onPointerEnter={() => {
          pointerInPopover = true;
          clearTimeout(closeTimer);
        }}
        onPointerLeave={() => {
          pointerInPopover = false;
          scheduleClose();
        }}
      />,
      host.container,
    );
    if (!current.placement) place();
  }

  function place(): void {
    if (!open || !ui) return;
    const el = ui.container.firstElementChild as HTMLElement | null;
    if (!el) return;
    const rects = [...open.hit.range.getClientRects()].map((r) => ({ left: r.left, top: r.top, width: r.width, height: r.height }));
    const size = el.getBoundingClientRect();
    open.placement = placePopover(rects, { width: size.width, height: size.height }, { width: innerWidth, height: innerHeight });
    renderPopover();
  }

  async function show(hit: Hit, takeFocus: boolean): Promise<void> {
    if (open?.hit === hit) return;
    const requestId = ++requestSeq;
    const returnFocus = takeFocus ? document.activeElement : null;
    open = { hit, content: { status: 'loading' }, takeFocus, returnFocus, requestId };
    highlighter.setActive(hit.range);
    ensureUi().raise();
    renderPopover();
    let content: PopoverContent;
    try {
      const response: LookupResponse = await sendMessage('lookupTerm', {
        termId: hit.term.id,
        context: { lang: options.lang, states: stateCounts.toRecord(), nearStates: statesNear(hit.node, byNode), topicWords: topicWordsNear(hit.node) },
      });
      content = { status: 'ready', response };
    } catch {
      content = { status: 'error' };
    }
    if (open?.requestId !== requestId) return;
    open.content = content;
    open.placement = undefined;
    renderPopover();
  }

  function close(restoreFocus = false): void {
    clearTimeout(closeTimer);
    const returnFocus = open?.returnFocus;
    open = undefined;
    pointerInPopover = false;
    highlighter.setActive(undefined);
    renderPopover();
    ui?.lower();
    if (restoreFocus && returnFocus instanceof HTMLElement) returnFocus.focus({ preventScroll: true });
  }

  function scheduleClose(): void {
    clearTimeout(closeTimer);
    closeTimer = setTimeout(() => {
      if (!pointerInPopover && open && !open.takeFocus) close();
    }, LEAVE_GRACE_MS);
  }

  // ── Pointer: hover intent ──────────────────────────────────────────────────
  let candidate: Hit | undefined;
  let intentTimer: ReturnType<typeof setTimeout> | undefined;
  let restX = 0;
  let restY = 0;
  let frame = 0;
  let lastEvent: PointerEvent | undefined;

  function modifierHeld(e: PointerEvent | MouseEvent): boolean {
    const m = settings.trigger.modifier;
    return m === 'Alt' ? e.altKey : m === 'Shift' ? e.shiftKey : e.ctrlKey;
  }

  function onPointerMove(e: PointerEvent): void {
    lastEvent = e;
    if (!frame) frame = requestAnimationFrame(checkPointer);
  }

  function checkPointer(): void {
    frame = 0;
    const e = lastEvent;
    if (!e || pointerInPopover) return;
    const hit = byRange.size ? hitTest(e.clientX, e.clientY, byNode, byRange) : undefined;
    const usable = hit && shown(hit, settings) ? hit : undefined;
    if (usable && usable === open?.hit) {
      clearTimeout(closeTimer);
      return;
    }
    if (!usable) {
      candidate = undefined;
      clearTimeout(intentTimer);
      if (open && !open.takeFocus) scheduleClose();
      return;
    }
    if (settings.trigger.mode === 'click') return;
    if (settings.trigger.mode === 'hover-modifier' && !modifierHeld(e)) return;
    const moved = Math.hypot(e.clientX - restX, e.clientY - restY) > HOVER_REST_TOLERANCE_PX;
    if (usable !== candidate || moved) {
      if (usable !== candidate) wakeBackground();
      // A pointer flying across the page never rests long enough on one term to open it.
      candidate = usable;
      restX = e.clientX;
      restY = e.clientY;
      clearTimeout(intentTimer);
      intentTimer = setTimeout(() => {
        if (candidate === usable) void show(usable, false);
      }, settings.trigger.delayMs);
    }
  }

  /**
   * A stopped service worker takes ~90 ms to start (BENCHMARKS.md): wake it when the pointer
   * reaches a term, so the start overlaps the hover delay instead of following it.
   */
  let lastWake = 0;
  function wakeBackground(): void {
    const now = Date.now();
    if (now - lastWake < WAKE_INTERVAL_MS) return;
    lastWake = now;
    void sendMessage('getCoverage').catch(() => undefined);
  }

  function onClick(e: MouseEvent): void {
    if (settings.trigger.mode !== 'click') return;
    const hit = hitTest(e.clientX, e.clientY, byNode, byRange);
    if (hit && shown(hit, settings)) void show(hit, false);
  }

  function onKeyDown(e: KeyboardEvent): void {
    if (e.key === 'Escape' && open) close(true);
  }

  function onScroll(): void {
    if (open?.placement) {
      open.placement = undefined;
      renderPopover();
    }
  }

  function focusNextTerm(): void {
    const inView = [...byRange.values()].flatMap((hit) => {
      // Where the term starts: a term that wraps has a bounding box from the left margin.
      const r = hit.range.getClientRects()[0];
      return r && shown(hit, settings) && r.bottom > 0 && r.top < innerHeight && r.width > 0 ? [{ hit, r }] : [];
    });
    // Reading order on screen, line by line: document order (compareBoundaryPoints) throws for
    // ranges in different shadow trees.
    inView.sort((a, b) => (Math.abs(a.r.top - b.r.top) < Math.min(a.r.height, b.r.height) / 2 ? a.r.left - b.r.left : a.r.top - b.r.top));
    const visible = inView.map((v) => v.hit);
    if (!visible.length) return;
    const at = open ? visible.indexOf(open.hit) : -1;
    const next = visible[(at + 1) % visible.length];
    const returnFocus = open?.returnFocus ?? document.activeElement;
    open = undefined;
    void show(next, true).then(() => {
      if (open) open.returnFocus = returnFocus;
    });
  }

  addEventListener('pointermove', onPointerMove, { passive: true, capture: true });
  addEventListener('click', onClick, { capture: true });
  addEventListener('keydown', onKeyDown, { capture: true });
  addEventListener('scroll', onScroll, { passive: true, capture: true });

  const ready = scanner.start();

  return {
    scanner,
    ready,
    focusNextTerm,
    update(next, covered) {
      settings = next;
      coveredStates = covered;
      highlighter.clear();
      for (const hits of byNode.values()) {
        for (const hit of hits) {
          hit.category = categoryOf(hit.term, coveredStates);
          if (shown(hit, settings)) highlighter.add(hit.category, hit.range);
        }
      }
      if (open) renderPopover();
    },
    stop() {
      close();
      scanner.stop();
      removeEventListener('pointermove', onPointerMove, { capture: true });
      removeEventListener('click', onClick, { capture: true });
      removeEventListener('keydown', onKeyDown, { capture: true });
      removeEventListener('scroll', onScroll, { capture: true });
      clearTimeout(intentTimer);
      clearTimeout(reportTimer);
      cancelAnimationFrame(frame);
      highlighter.dispose();
      if (ui) render(null, ui.container);
      ui?.remove();
      ui = undefined;
    },
  };
}
