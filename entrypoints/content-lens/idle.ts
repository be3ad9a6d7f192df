import { IDLE_TIMEOUT_MS } from './timing';

export interface IdleDeadlineLike {
  timeRemaining(): number;
  didTimeout: boolean;
}

/** requestIdleCallback where there is one (not in every browser), else a short timeout. */
export function whenIdle(callback: (deadline: IdleDeadlineLike) => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(callback, { timeout: IDLE_TIMEOUT_MS });
    return () => cancelIdleCallback(id);
  }
  const start = performance.now();
  const id = setTimeout(() => callback({ didTimeout: false, timeRemaining: () => Math.max(0, 8 - (performance.now() - start)) }), 16);
  return () => clearTimeout(id);
}
