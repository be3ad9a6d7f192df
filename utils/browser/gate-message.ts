/**
 * The one message the gate sends (entrypoints/content-gate/): `loadLens`, in the envelope of the
 * typed channel (utils/browser/messaging.ts, @webext-core/messaging), without building the channel.
 *
 * Why not the channel itself: the gate is evaluated on every page of every site the extension is
 * on, also pages in other languages where it sends nothing, and each kilobyte it carries costs
 * those pages start time. Measured side by side in traced loads (BENCHMARKS.md): the gate with the
 * channel, WXT's `browser` proxy and the content-script context took ~0.5 ms more to start than
 * without them. The receiving end is unchanged: the background's channel listener gets the same
 * envelope and checks the message against utils/protocol.ts like any other.
 * tests/unit/gate-message.test.ts sends it to the channel's own listener.
 */
import type { BackgroundProtocol } from '../protocol';

/** The messages the gate may send: those without data. */
type GateMessage = 'loadLens';

/** The channel's wire format (@webext-core/messaging's Message and its reply). */
interface Envelope {
  id: number;
  type: GateMessage;
  data: undefined;
  timestamp: number;
}
interface Reply {
  res?: unknown;
  err?: { message?: string } | null;
}

/** The callback-style runtime the channel uses in both browsers (Firefox has `chrome` in content scripts too). */
interface CallbackRuntime {
  runtime: {
    sendMessage(message: Envelope, callback: (reply: Reply | undefined) => void): void;
    lastError?: { message?: string };
  };
}

export function sendGateMessage<K extends GateMessage>(type: K): Promise<ReturnType<BackgroundProtocol[K]>> {
  const { runtime } = (globalThis as unknown as { chrome: CallbackRuntime }).chrome;
  const envelope: Envelope = { id: Math.floor(Math.random() * 10_000), type, data: undefined, timestamp: Date.now() };
  return new Promise((resolve, reject) => {
    runtime.sendMessage(envelope, (reply) => {
      const lost = runtime.lastError;
      if (lost) reject(new Error(lost.message));
      else if (!reply) reject(new Error('No response'));
      else if (reply.err != null) reject(new Error(reply.err.message ?? 'The background refused the message'));
      else resolve(reply.res as ReturnType<BackgroundProtocol[K]>);
    });
  });
}
