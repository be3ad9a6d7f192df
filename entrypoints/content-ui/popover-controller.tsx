/**
 * The popover, one at a time, for one hit: drawn into our UI host, filled by a lookup in the
 * background with the page's context (loading, then answers or an error), placed beside the term,
 * and giving focus back where it was when the reader leaves with Escape. Also the keyboard
 * command's walk through the terms in view, which goes on from the last term opened. Loaded on
 * first use (content/popover-loader.ts): the content script every page runs carries none of this,
 * nor Preact.
 */
import { render } from 'preact';
import { stateByCode } from '@/data/states';
import { sendMessage } from '@/utils/browser/messaging';
import { placePopover, type Placement } from '@/utils/place-popover';
import type { LookupResponse, PageContext } from '@/utils/protocol';
import type { Settings } from '@/utils/settings';
import type { Hit, HitRegistry } from '../content-lens/hit-registry';
import { TermPopover, type PopoverContent } from './TermPopover';
import popoverCss from './popover.css?inline';
import { createUiHost, type UiHost } from './host';

/** What the pointer's hover intent needs to hear about the popover. */
export interface PopoverEvents {
  /** The popover now shows `hit` (in place of any other); `takeFocus` when the keyboard opened it. */
  opened(hit: Hit, takeFocus: boolean): void;
  closed(): void;
  pointerEnter(): void;
  pointerLeave(): void;
}

export interface PopoverControllerOptions {
  registry: HitRegistry;
  /** The page context sent with a lookup (computed by the content script, which reads the page). */
  contextFor(hit: Hit): PageContext;
  /**
   * A lookup the content script already sent for this hit (on first use it asks while the UI is
   * being injected), or undefined: the controller then sends its own.
   */
  pendingLookup?(hit: Hit): Promise<LookupResponse> | undefined;
  settings: Settings;
  coveredStates: Set<string>;
  events: PopoverEvents;
}

export interface PopoverController {
  /** Opens `hit`'s popover, unless it is already open; resolves when the lookup has answered. */
  show(hit: Hit, takeFocus: boolean): Promise<void>;
  close(restoreFocus?: boolean): void;
  /** Escape anywhere on the page: closes an open popover and returns focus. */
  escape(): void;
  /** The keyboard command: the next term in view, with focus in its dialog. */
  focusNextTerm(): void;
  /** These hits left the page: a popover on one of them goes too. */
  forget(hits: Hit[]): void;
  /** The page scrolled: the popover is placed again beside its term. */
  reposition(): void;
  update(settings: Settings, coveredStates: Set<string>): void;
  /** Removes our element from the page. */
  remove(): void;
}

interface OpenPopover {
  hit: Hit;
  content: PopoverContent;
  takeFocus: boolean;
  returnFocus: Element | null;
  /** Unset until the popover has been measured (it is drawn hidden first). */
  placement?: Placement;
  requestId: number;
}

export function createPopoverController(options: PopoverControllerOptions): PopoverController {
  const { registry, events } = options;
  let { settings, coveredStates } = options;
  let ui: UiHost | undefined;
  let open: OpenPopover | undefined;
  /**
   * The term the keyboard command opened last, kept after it closes: the command goes on from
   * where the reader was (Escape, read on, the command again), not from the first term in view.
   * A popover the pointer opened counts only while it is open (as the term the reader is on).
   */
  let last: Hit | undefined;
  let requestSeq = 0;

  function ensureUi(): UiHost {
    ui ??= createUiHost(popoverCss);
    return ui;
  }

  function draw(): void {
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
        onPointerEnter={() => events.pointerEnter()}
        onPointerLeave={() => events.pointerLeave()}
      />,
      host.container,
    );
    if (!current.placement) place();
  }

  /** Measures the popover drawn hidden, then draws it where it fits. */
  function place(): void {
    if (!open || !ui) return;
    const el = ui.container.firstElementChild as HTMLElement | null;
    if (!el) return;
    const rects = [...open.hit.range.getClientRects()].map((r) => ({ left: r.left, top: r.top, width: r.width, height: r.height }));
    const size = el.getBoundingClientRect();
    open.placement = placePopover(rects, { width: size.width, height: size.height }, { width: innerWidth, height: innerHeight });
    draw();
  }

  async function show(hit: Hit, takeFocus: boolean): Promise<void> {
    if (open?.hit === hit) return;
    const requestId = ++requestSeq;
    const returnFocus = takeFocus ? document.activeElement : null;
    open = { hit, content: { status: 'loading' }, takeFocus, returnFocus, requestId };
    if (takeFocus) last = hit;
    events.opened(hit, takeFocus);
    registry.setActive(hit);
    ensureUi().raise();
    draw();
    let content: PopoverContent;
    try {
      const response: LookupResponse =
        (await options.pendingLookup?.(hit)) ??
        (await sendMessage('lookupTerm', {
          termId: hit.term.id,
          context: options.contextFor(hit),
        }));
      content = { status: 'ready', response };
    } catch {
      content = { status: 'error' };
    }
    // Another term opened (or the popover closed) while this one was being looked up.
    if (open?.requestId !== requestId) return;
    open.content = content;
    open.placement = undefined;
    draw();
  }

  function close(restoreFocus = false): void {
    const returnFocus = open?.returnFocus;
    open = undefined;
    events.closed();
    registry.setActive(undefined);
    draw();
    ui?.lower();
    if (restoreFocus && returnFocus instanceof HTMLElement) returnFocus.focus({ preventScroll: true });
  }

  return {
    show,
    close,
    escape() {
      if (open) close(true);
    },
    focusNextTerm() {
      const visible = registry.inView();
      if (!visible.length) return;
      // Scrolled away from it, or it left the page: the first term in view.
      const from = open?.hit ?? last;
      const at = from ? visible.indexOf(from) : -1;
      const next = visible[(at + 1) % visible.length];
      // Escape from the next dialog goes back to where the reader was before the first one.
      const returnFocus = open?.returnFocus ?? document.activeElement;
      open = undefined;
      void show(next, true).then(() => {
        if (open) open.returnFocus = returnFocus;
      });
    },
    forget(hits) {
      if (open && hits.includes(open.hit)) close();
      if (last && hits.includes(last)) last = undefined;
    },
    reposition() {
      if (open?.placement) {
        open.placement = undefined;
        draw();
      }
    },
    update(nextSettings, nextCovered) {
      settings = nextSettings;
      coveredStates = nextCovered;
      if (open) draw();
    },
    remove() {
      if (ui) render(null, ui.container);
      ui?.remove();
      ui = undefined;
    },
  };
}
