/**
 * What the content script costs the page's main thread during a real page load, read from a
 * Chromium trace with the V8 sampling profiler on: tasks (RunTask) from the timeline, and each
 * CPU sample attributed to the extension when a frame of its stack is in one of our scripts (the
 * content script, or the lens and popover UI the background injects).
 * Idle callbacks and promise jobs carry no script URL in the timeline, so samples are the only
 * way to tell our slices from the page's. Sampling (~0.1–0.2 ms) and tracing itself add overhead:
 * these figures are for where time goes and the longest task, the ratio comes from scan.mjs.
 */

/**
 * Categories for page.tracing.start: as few as will do, because the trace buffer is bounded and
 * fills on heavy pages before the content script runs (document_idle) with the detailed timeline.
 * Tasks come from 'toplevel' (ThreadControllerImpl::RunTask), the script start from
 * 'devtools.timeline' (EvaluateScript), the samples from the V8 profiler.
 */
export const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-v8.cpu_profiler'];

/** Our code in a page: the content script (the gate every page evaluates) and the modules the background injects. */
const CONTENT_SCRIPT = /^chrome-extension:\/\/[a-p]{32}\/content-(?:gate|lens|ui)\.js/;
const GATE = /^chrome-extension:\/\/[a-p]{32}\/content-gate\.js/;
const LENS = /^chrome-extension:\/\/[a-p]{32}\/content-lens\.js/;

/**
 * @param {any[]} events  traceEvents
 * Wall times (dur) include time the thread waited for a core: on a 2-core machine running the
 * browser, the tracing and Node, that can be half. Thread times (tdur: CPU the thread used) are
 * given beside them.
 * The start is what runs before the first scan slice: evaluating the content script (every page),
 * and where the extension is on, evaluating the lens the background injects (a task of its own)
 * and the lens's own start (from the settings the background sent, the scanner and hover wiring; it runs when that reply
 * arrives) up to its first scan slice, an idle callback. The tasks that part runs in may hold the
 * page's work too, so it is counted from samples: a task's CPU times the share of it our samples
 * cover.
 * @returns {{ startMs: number, startCpuMs: number, gateCpuMs: number, lensCpuMs: number, lensStartCpuMs: number, lensLoaded: boolean,
 *   extensionMs: number, afterStartMs: number,
 *   longestTaskMs: number, longestTaskCpuMs: number, longestTaskShare: number, tasksOver50: number } | null}
 *   null when the content script did not run in this trace (or the trace lost it)
 */
export function contentScriptCost(events) {
  const start = events.find((e) => e.name === 'EvaluateScript' && GATE.test(e.args?.data?.url ?? ''));
  if (!start) return null;
  const lens = events.find((e) => e.name === 'EvaluateScript' && LENS.test(e.args?.data?.url ?? '') && e.pid === start.pid && e.tid === start.tid);
  const { pid, tid } = start;
  const tasks = topLevel(events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && TASKS.has(e.name) && e.dur > 0));
  const samples = extensionSamples(events, pid, tid);
  /** Our sampled time within [from, to). */
  const oursIn = (/** @type {number} */ from, /** @type {number} */ to) => samples.filter((s) => s.ts >= from && s.ts < to).reduce((n, s) => n + s.dur, 0);

  const startTasks = [start, lens].filter(Boolean).map((s) => tasks.find((t) => t.ts <= s.ts && t.ts + t.dur >= s.ts + s.dur));
  let extensionUs = 0;
  for (const s of samples) extensionUs += s.dur;

  // Per task: how much of it the extension's samples cover. Both lists are sorted by time.
  let longest = { dur: 0, tdur: 0, share: 0 };
  let over50 = 0;
  let i = 0;
  for (const task of tasks.sort((a, b) => a.ts - b.ts)) {
    while (i < samples.length && samples[i].ts < task.ts) i++;
    let ours = 0;
    for (let j = i; j < samples.length && samples[j].ts < task.ts + task.dur; j++) ours += samples[j].dur;
    const share = Math.min(1, ours / task.dur);
    // A task is the extension's when most of it is the extension's code (and what that code
    // forced: style, layout); one stray sample in a page task does not make it ours.
    if (share >= 0.5 || startTasks.includes(task)) {
      if (task.dur > longest.dur) longest = { dur: task.dur, tdur: task.tdur ?? NaN, share };
      if (task.dur > 50_000) over50++;
    }
  }
  const within = (/** @type {any} */ e) => (e ? oursIn(e.ts, e.ts + e.dur + 1) : 0);
  // The lens's own start: from the end of its evaluation to its first scan slice (the first idle
  // callback that runs our code), the CPU of each task in between times the share of it that is ours.
  let lensStartUs = 0;
  let lensStartCpuUs = 0;
  if (lens) {
    const from = lens.ts + lens.dur;
    const idle = events.filter((e) => e.pid === pid && e.tid === tid && e.name === 'FireIdleCallback' && e.ts >= from).sort((a, b) => a.ts - b.ts);
    // A slice of a few nodes may fall between two samples: then the first idle callback after.
    const firstSlice = idle.find((e) => oursIn(e.ts, e.ts + e.dur) > 0) ?? idle[0];
    const to = firstSlice?.ts ?? Infinity;
    for (const task of tasks) {
      if (task.ts < from || task.ts + task.dur > to) continue;
      const ours = oursIn(task.ts, task.ts + task.dur);
      lensStartUs += Math.min(ours, task.dur);
      lensStartCpuUs += (task.tdur ?? task.dur) * Math.min(1, ours / task.dur);
    }
  }
  const inStartUs = within(start) + within(lens) + lensStartUs;
  const gateCpuMs = (start.tdur ?? NaN) / 1000;
  const lensCpuMs = lens ? (lens.tdur ?? NaN) / 1000 : 0;
  const lensStartCpuMs = lensStartCpuUs / 1000;
  return {
    startMs: (start.dur + (lens?.dur ?? 0) + lensStartUs) / 1000,
    startCpuMs: gateCpuMs + lensCpuMs + lensStartCpuMs,
    gateCpuMs,
    lensCpuMs,
    lensStartCpuMs,
    lensLoaded: Boolean(lens),
    extensionMs: extensionUs / 1000,
    afterStartMs: (extensionUs - inStartUs) / 1000,
    longestTaskMs: longest.dur / 1000,
    longestTaskCpuMs: longest.tdur / 1000,
    longestTaskShare: longest.share,
    tasksOver50: over50,
  };
}

/**
 * What runs on a thread at its top level: tasks, and microtask checkpoints outside any task (the
 * replies to an extension's messages run in one, and with them the lens's start and, before it
 * waited for idle time, its first scan slice).
 */
const TASKS = new Set(['ThreadControllerImpl::RunTask', 'BlinkScheduler_PerformMicrotaskCheckpoint']);

/** @param {any[]} list  complete events of one thread; those not inside another, by time */
function topLevel(list) {
  const out = [];
  let end = -Infinity;
  for (const e of [...list].sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
    if (e.ts + e.dur <= end) continue;
    out.push(e);
    end = e.ts + e.dur;
  }
  return out;
}

/**
 * The sampling profile of one thread, as samples { ts, dur } (µs) whose stack runs through the
 * content script. ProfileChunk events stream the nodes and samples of one Profile (same pid, id).
 */
function extensionSamples(events, pid, tid) {
  const profile = events.find((e) => e.name === 'Profile' && e.pid === pid && e.tid === tid);
  if (!profile) return [];
  /** @type {Map<number, { parent?: number, url: string }>} */
  const nodes = new Map();
  /** @type {number[]} */
  const ids = [];
  /** @type {number[]} */
  const deltas = [];
  for (const e of events) {
    if (e.name !== 'ProfileChunk' || e.pid !== pid || e.id !== profile.id) continue;
    const cpu = e.args?.data?.cpuProfile ?? {};
    for (const n of cpu.nodes ?? []) nodes.set(n.id, { parent: n.parent, url: n.callFrame?.url ?? '' });
    ids.push(...(cpu.samples ?? []));
    deltas.push(...(e.args?.data?.timeDeltas ?? []));
  }
  /** @type {Map<number, boolean>} */
  const ours = new Map();
  const isOurs = (/** @type {number | undefined} */ id) => {
    const path = [];
    let result = false;
    for (let n = id; n !== undefined; n = nodes.get(n)?.parent) {
      if (ours.has(n)) {
        result = /** @type {boolean} */ (ours.get(n));
        break;
      }
      path.push(n);
      if (CONTENT_SCRIPT.test(nodes.get(n)?.url ?? '')) {
        result = true;
        break;
      }
    }
    for (const n of path) ours.set(n, result);
    return result;
  };
  const out = [];
  let ts = profile.args?.data?.startTime ?? profile.ts;
  for (let k = 0; k < ids.length; k++) {
    ts += deltas[k] ?? 0;
    // A sample stands for the time until the next one.
    const dur = Math.max(0, Math.min(2000, deltas[k + 1] ?? 0));
    if (isOurs(ids[k])) out.push({ ts, dur });
  }
  return out;
}
