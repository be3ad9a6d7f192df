/**
 * The hover intent as a table: a sequence of timed events in, the actions it takes out, stamped
 * with the fake clock's time. The harness plays the popover controller's part: it tells the
 * machine what opened and closed, as the lens's wiring does.
 */
import { describe, expect, it } from 'vitest';
import { createHoverIntent, type HoverAction, type HoverIntent, type Schedule, type Trigger } from '@/entrypoints/content-lens/hover-intent';
import { HOVER_REST_TOLERANCE_PX, LEAVE_GRACE_MS } from '@/entrypoints/content-lens/timing';

type Term = 'A' | 'B';
type Keys = { alt?: boolean; shift?: boolean; ctrl?: boolean };
type Event =
  | { type: 'move' | 'click'; term: Term | undefined; x: number; y: number; keys: Keys }
  | { type: 'enter' | 'leave' | 'escape' | 'stop' }
  | { type: 'keyboard'; term: Term };

/** The pointer over a term (or over nothing) at a point. */
const move = (term: Term | undefined, x = 10, y = 10, keys: Keys = {}): Event => ({ type: 'move', term, x, y, keys });
const click = (term: Term | undefined): Event => ({ type: 'click', term, x: 10, y: 10, keys: {} });
/** The pointer goes into the popover, or out of it. */
const enter: Event = { type: 'enter' };
const leave: Event = { type: 'leave' };
/** The keyboard command opened a term's dialog; Escape closed the popover. */
const keyboard = (term: Term): Event => ({ type: 'keyboard', term });
const escape: Event = { type: 'escape' };
const stop: Event = { type: 'stop' };

const HOVER: Trigger = { mode: 'hover', delayMs: 350, modifier: 'Alt' };
const MODIFIER: Trigger = { mode: 'hover-modifier', delayMs: 350, modifier: 'Alt' };
const CLICK: Trigger = { mode: 'click', delayMs: 350, modifier: 'Alt' };

function fakeClock() {
  let now = 0;
  let seq = 0;
  const timers: { at: number; seq: number; run: () => void }[] = [];
  const schedule: Schedule = (run, ms) => {
    const timer = { at: now + ms, seq: ++seq, run };
    timers.push(timer);
    return () => {
      const i = timers.indexOf(timer);
      if (i >= 0) timers.splice(i, 1);
    };
  };
  function advanceTo(t: number): void {
    for (;;) {
      const due = timers.filter((x) => x.at <= t).sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
      if (!due) break;
      timers.splice(timers.indexOf(due), 1);
      now = due.at;
      due.run();
    }
    now = t;
  }
  return { schedule, advanceTo, now: () => now };
}

/** Plays the events at their times, runs the clock on to `until`, and lists what was done. */
function play(trigger: Trigger, steps: [number, Event][], { until = 3000, wakes = false } = {}): string[] {
  const clock = fakeClock();
  const log: string[] = [];
  let under: Term | undefined;
  let open: Term | undefined;
  const act = (action: HoverAction<Term>) => {
    if (action.type === 'wake') {
      if (wakes) log.push(`${clock.now()} wake`);
      return;
    }
    log.push(`${clock.now()} ${action.type}${action.type === 'open' ? ` ${action.term}` : ''}`);
    // As the controller does: an open term is not opened again; a close tells the machine.
    if (action.type === 'open' && open !== action.term) {
      open = action.term;
      intent.opened(action.term, false);
    } else if (action.type === 'close') {
      open = undefined;
      intent.closed();
    }
  };
  const intent: HoverIntent<Term> = createHoverIntent<Term>({ trigger: () => trigger, termAt: () => under, schedule: clock.schedule, act });
  for (const [at, e] of steps) {
    clock.advanceTo(at);
    if (e.type === 'move' || e.type === 'click') {
      under = e.term;
      const sample = { clientX: e.x, clientY: e.y, altKey: !!e.keys.alt, shiftKey: !!e.keys.shift, ctrlKey: !!e.keys.ctrl };
      if (e.type === 'move') intent.pointerMove(sample);
      else intent.click(sample);
    } else if (e.type === 'enter') intent.pointerEnterPopover();
    else if (e.type === 'leave') intent.pointerLeavePopover();
    else if (e.type === 'keyboard') {
      open = e.term;
      intent.opened(e.term, true);
    } else if (e.type === 'escape') {
      open = undefined;
      intent.closed();
    } else intent.stop();
  }
  clock.advanceTo(until);
  return log;
}

type Case = [name: string, trigger: Trigger, steps: [number, Event][], expected: string[]];

// The times below assume these; a change to timing.ts should be a conscious change here too.
it('uses the timings the table assumes', () => {
  expect([HOVER_REST_TOLERANCE_PX, LEAVE_GRACE_MS]).toEqual([6, 300]);
});

describe('hover: resting opens, leaving closes after the grace period', () => {
  it.each<Case>([
    ['resting on a term for the delay opens it', HOVER, [[0, move('A')]], ['350 open A']],
    ['leaving before the delay opens nothing', HOVER, [[0, move('A')], [349, move(undefined)]], []],
    ['passing on to another term starts the delay again', HOVER, [[0, move('A')], [200, move('B')]], ['550 open B']],
    ['drifting within the tolerance keeps the rest', HOVER, [[0, move('A', 10, 10)], [200, move('A', 14, 14)]], ['350 open A']],
    ['drifting beyond the tolerance starts the delay again', HOVER, [[0, move('A', 10, 10)], [200, move('A', 17, 10)]], ['550 open A']],
    ['the tolerance counts from where the rest began', HOVER, [[0, move('A', 10, 10)], [100, move('A', 14, 10)], [200, move('A', 18, 10)]], ['550 open A']],
    ['the delay comes from the settings', { ...HOVER, delayMs: 1000 }, [[0, move('A')], [999, move('A')]], ['1000 open A']],
    ['no delay opens at once', { ...HOVER, delayMs: 0 }, [[0, move('A')]], ['0 open A']],
    ['leaving the open term closes it after the grace period', HOVER, [[0, move('A')], [400, move(undefined)]], ['350 open A', '700 close']],
    ['coming back within the grace period keeps it open', HOVER, [[0, move('A')], [400, move(undefined)], [699, move('A')]], ['350 open A']],
    ['coming back after the grace period opens it again after the delay', HOVER, [[0, move('A')], [400, move(undefined)], [800, move('A')]], ['350 open A', '700 close', '1150 open A']],
    ['entering the popover within the grace period keeps it open', HOVER, [[0, move('A')], [400, move(undefined)], [500, enter]], ['350 open A']],
    ['leaving the popover closes it after the grace period', HOVER, [[0, move('A')], [400, move(undefined)], [500, enter], [900, leave]], ['350 open A', '1200 close']],
    ['leaving the popover onto its term keeps it open', HOVER, [[0, move('A')], [400, enter], [900, leave], [950, move('A')]], ['350 open A']],
    ['terms behind the popover are ignored while the pointer is in it', HOVER, [[0, move('A')], [400, enter], [500, move('B')]], ['350 open A']],
    ['another term replaces the open one without a close', HOVER, [[0, move('A')], [400, move('B')]], ['350 open A', '750 open B']],
    ['the grace period runs on across another term', HOVER, [[0, move('A')], [400, move(undefined)], [450, move('B')]], ['350 open A', '700 close', '800 open B']],
    ['after Escape, a pointer still resting on the term does not reopen it', HOVER, [[0, move('A')], [500, escape], [600, move('A', 12, 12)]], ['350 open A']],
    ['after Escape, moving on the term reopens it after the delay', HOVER, [[0, move('A')], [500, escape], [600, move('A', 20, 10)]], ['350 open A', '950 open A']],
    ['a click does nothing', HOVER, [[0, click('A')]], []],
    ['stopping cancels a pending open', HOVER, [[0, move('A')], [100, stop]], []],
    ['stopping cancels a pending close', HOVER, [[0, move('A')], [400, move(undefined)], [500, stop]], ['350 open A']],
  ])('%s', (_name, trigger, steps, expected) => {
    expect(play(trigger, steps)).toEqual(expected);
  });
});

describe('the keyboard: its dialogs stay while the pointer wanders', () => {
  it.each<Case>([
    ['the pointer moving off does not close it', HOVER, [[0, keyboard('A')], [100, move(undefined)]], []],
    ['the pointer passing through the popover does not close it', HOVER, [[0, keyboard('A')], [100, enter], [200, leave]], []],
    ['a grace period begun for a hover popover does not close it', HOVER, [[0, move('A')], [400, move(undefined)], [500, keyboard('B')]], ['350 open A']],
    ['resting on another term replaces it with a hover popover, which closes as usual', HOVER, [[0, keyboard('A')], [100, move('B')], [500, move(undefined)]], ['450 open B', '800 close']],
    ['resting on its own term keeps it', HOVER, [[0, keyboard('A')], [100, move('A')]], []],
  ])('%s', (_name, trigger, steps, expected) => {
    expect(play(trigger, steps)).toEqual(expected);
  });
});

describe('hover with a modifier key', () => {
  const alt = { alt: true };
  it.each<Case>([
    ['without the modifier nothing opens', MODIFIER, [[0, move('A')]], []],
    ['with the modifier held, resting opens', MODIFIER, [[0, move('A', 10, 10, alt)]], ['350 open A']],
    ['releasing the modifier during the rest does not cancel it', MODIFIER, [[0, move('A', 10, 10, alt)], [100, move('A', 30, 10)]], ['350 open A']],
    ['only the configured modifier counts', { ...MODIFIER, modifier: 'Shift' }, [[0, move('A', 10, 10, { alt: true, ctrl: true })], [1000, move('A', 10, 10, { shift: true })]], ['1350 open A']],
    ['Control as the modifier', { ...MODIFIER, modifier: 'Control' }, [[0, move('A', 10, 10, { ctrl: true })]], ['350 open A']],
    ['leaving still closes after the grace period', MODIFIER, [[0, move('A', 10, 10, alt)], [400, move(undefined)]], ['350 open A', '700 close']],
  ])('%s', (_name, trigger, steps, expected) => {
    expect(play(trigger, steps)).toEqual(expected);
  });
});

describe('click to open', () => {
  it.each<Case>([
    ['resting never opens', CLICK, [[0, move('A')]], []],
    ['a click on a term opens it at once', CLICK, [[100, click('A')]], ['100 open A']],
    ['a click on nothing does nothing', CLICK, [[100, click(undefined)]], []],
    ['the pointer leaving closes it after the grace period', CLICK, [[0, click('A')], [100, move(undefined)]], ['0 open A', '400 close']],
    ['a click on another term replaces it', CLICK, [[0, click('A')], [100, click('B')]], ['0 open A', '100 open B']],
    ['a closed popover takes its grace period with it', CLICK, [[0, click('A')], [100, move(undefined)], [150, escape], [200, click('B')]], ['0 open A', '200 open B']],
  ])('%s', (_name, trigger, steps, expected) => {
    expect(play(trigger, steps)).toEqual(expected);
  });
});

describe('waking the background', () => {
  it('wakes it each time the pointer arrives on a term, not while it rests or drifts', () => {
    const steps: [number, Event][] = [[0, move('A', 10, 10)], [100, move('A', 40, 10)], [200, move('B')], [250, move(undefined)], [260, move('B')]];
    expect(play(HOVER, steps, { wakes: true })).toEqual(['0 wake', '200 wake', '260 wake', '610 open B']);
  });

  it('does not wake it where hovering cannot open anything', () => {
    expect(play(CLICK, [[0, move('A')]], { wakes: true })).toEqual([]);
    expect(play(MODIFIER, [[0, move('A')]], { wakes: true })).toEqual([]);
  });
});
