/**
 * When the pointer means a term: resting on it for the delay opens its popover; leaving it (or the
 * popover) closes the popover after a grace period, unless the pointer comes back or goes into it.
 *
 * No DOM and no timers of its own: the lens hands in what lies under a point and a scheduler, and
 * carries out the actions. So the rules run in unit tests with a fake clock, and the lens's wiring
 * stays free of them.
 */
import type { Settings } from '@/utils/settings';
import { HOVER_REST_TOLERANCE_PX, LEAVE_GRACE_MS } from './timing';

export type Trigger = Settings['trigger'];

/** What a pointer or mouse event says about itself (a DOM PointerEvent is one). */
export interface PointerSample {
  clientX: number;
  clientY: number;
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
}

/**
 * - open: show this term's popover (not taking focus);
 * - close: close the popover (focus stays where it is);
 * - wake: the pointer reached a new term, and a lookup may follow soon.
 */
export type HoverAction<T> = { type: 'open'; term: T } | { type: 'close' } | { type: 'wake' };

/** Runs `run` after `ms`; returns a function that cancels it (harmless once it has run). */
export type Schedule = (run: () => void, ms: number) => () => void;

export interface HoverIntentOptions<T> {
  /** Read on every event: a settings change applies to the next movement. */
  trigger(): Trigger;
  /** The shown term at a point of the viewport, if any. */
  termAt(x: number, y: number): T | undefined;
  schedule: Schedule;
  act(action: HoverAction<T>): void;
}

export interface HoverIntent<T> {
  /** The pointer moved (the lens sends at most one a frame). */
  pointerMove(e: PointerSample): void;
  click(e: PointerSample): void;
  pointerEnterPopover(): void;
  pointerLeavePopover(): void;
  /**
   * The popover now shows `term`, whoever opened it. One opened with the keyboard stays open when
   * the pointer wanders off: the reader is in it with the keyboard, and it closes with Escape.
   */
  opened(term: T, byKeyboard: boolean): void;
  closed(): void;
  stop(): void;
}

const noop = () => undefined;

function modifierHeld(e: PointerSample, modifier: Trigger['modifier']): boolean {
  return modifier === 'Alt' ? e.altKey : modifier === 'Shift' ? e.shiftKey : e.ctrlKey;
}

export function createHoverIntent<T>(options: HoverIntentOptions<T>): HoverIntent<T> {
  const { termAt, schedule, act } = options;
  let open: { term: T; byKeyboard: boolean } | undefined;
  let inPopover = false;
  /** The term the pointer rests on, waiting out the delay, and where that rest began. */
  let candidate: T | undefined;
  let restX = 0;
  let restY = 0;
  let cancelIntent: () => void = noop;
  let cancelGrace: () => void = noop;

  function startGrace(): void {
    cancelGrace();
    cancelGrace = schedule(() => {
      if (!inPopover && open && !open.byKeyboard) act({ type: 'close' });
    }, LEAVE_GRACE_MS);
  }

  return {
    pointerMove(e) {
      // On its way across the popover the pointer passes over the page's text behind it.
      if (inPopover) return;
      const term = termAt(e.clientX, e.clientY);
      if (term !== undefined && term === open?.term) {
        cancelGrace();
        return;
      }
      if (term === undefined) {
        candidate = undefined;
        cancelIntent();
        if (open && !open.byKeyboard) startGrace();
        return;
      }
      const { mode, modifier, delayMs } = options.trigger();
      if (mode === 'click') return;
      if (mode === 'hover-modifier' && !modifierHeld(e, modifier)) return;
      const moved = Math.hypot(e.clientX - restX, e.clientY - restY) > HOVER_REST_TOLERANCE_PX;
      if (term === candidate && !moved) return;
      // A pointer flying across the page never rests long enough on one term to open it.
      const arrived = term !== candidate;
      candidate = term;
      restX = e.clientX;
      restY = e.clientY;
      cancelIntent();
      cancelIntent = schedule(() => {
        if (candidate === term) act({ type: 'open', term });
      }, delayMs);
      if (arrived) act({ type: 'wake' });
    },
    click(e) {
      if (options.trigger().mode !== 'click') return;
      const term = termAt(e.clientX, e.clientY);
      if (term !== undefined) act({ type: 'open', term });
    },
    pointerEnterPopover() {
      inPopover = true;
      cancelGrace();
    },
    pointerLeavePopover() {
      inPopover = false;
      startGrace();
    },
    opened(term, byKeyboard) {
      open = { term, byKeyboard };
    },
    closed() {
      cancelGrace();
      open = undefined;
      inPopover = false;
    },
    stop() {
      cancelIntent();
      cancelGrace();
    },
  };
}
