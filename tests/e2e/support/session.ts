/**
 * The lens session (scripts/lib/session.mjs) for one describe block: opened before its first test
 * and closed after its last. What it returns reads the open session, so it is used inside tests
 * and hooks, not while the block is being collected.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { BrowserName } from '../../../scripts/lib/browsers.mjs';
import { openLensSession, type LensSession, type LensSessionOptions, type OpenOptions } from '../../../scripts/lib/session.mjs';

export interface UseLensSessionOptions extends LensSessionOptions {
  /** A fixture page to open (and wait for the highlights of) before the first test. */
  open?: { path: string } & OpenOptions;
  /** Rests the pointer after every test, so a failed one does not leave its popover open for the next. */
  restAfterEach?: boolean;
}

export function useLensSession(name: BrowserName, options: UseLensSessionOptions = {}): LensSession {
  let session: LensSession | undefined;
  const current = () => {
    if (!session) throw new Error(`the ${name} session is not open: use it inside tests and hooks`);
    return session;
  };
  beforeAll(async () => {
    session = await openLensSession(name, options);
    if (options.open) await session.open(options.open.path, options.open);
  });
  afterAll(async () => {
    await session?.close();
  });
  if (options.restAfterEach) {
    afterEach(async () => {
      await session?.rest().catch(() => undefined);
    });
  }
  return {
    name,
    get lens() {
      return current().lens;
    },
    get server() {
      return current().server;
    },
    get page() {
      return current().page;
    },
    get errors() {
      return current().errors;
    },
    open: (path, openOptions) => current().open(path, openOptions),
    rest: () => current().rest(),
    close: () => current().close(),
  };
}
