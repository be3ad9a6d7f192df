/**
 * Every key the extension keeps in browser storage, declared once: where it lives, its name, the
 * version of its shape, and how a stored value is read back. Reads go through `read`, which turns
 * whatever is there (a value from an older version, a broken one, nothing) into the declared type,
 * so no caller casts. Messages are in messaging.ts beside this file; IndexedDB is utils/storage/.
 *
 * Not WXT's storage.defineItem: the content script reads two of these items at every page start,
 * and a few lines here cost less of its budget than the storage wrapper.
 */
import { browser } from 'wxt/browser';
import type { ImportedAgency } from '../agency-names';
import { normalizeSettings, SETTINGS_KEY, SETTINGS_VERSION, siteOf, type Settings } from '../settings';

type Area = 'local' | 'session';

export interface StorageItem<Read, Write = Read> {
  readonly area: Area;
  readonly key: string;
  /** The version of the stored shape; `read` brings older shapes to it. */
  readonly version: number;
  get(): Promise<Read>;
  set(value: Write): Promise<void>;
  remove(): Promise<void>;
  /** Calls back with the new value (and the one it replaced) whenever it changes; returns the way to stop. */
  watch(onChange: (value: Read, previous: Read) => void): () => void;
}

function storageArea(area: Area) {
  return area === 'local' ? browser.storage.local : browser.storage.session;
}

function defineItem<Read, Write = Read>(area: Area, key: string, version: number, read: (stored: unknown) => Read): StorageItem<Read, Write> {
  return {
    area,
    key,
    version,
    async get() {
      return read((await storageArea(area).get(key))[key]);
    },
    set: (value) => storageArea(area).set({ [key]: value }),
    remove: () => storageArea(area).remove(key),
    watch(onChange) {
      const listener = (changes: Record<string, { newValue?: unknown; oldValue?: unknown }>, changedArea: string) => {
        if (changedArea === area && key in changes) onChange(read(changes[key].newValue), read(changes[key].oldValue));
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStateCode = (v: unknown): v is string => typeof v === 'string' && /^[A-Z]{2}$/.test(v);

/** The user's settings; unreadable fields fall back to defaults, and `repaired` says so. */
export const settingsItem = defineItem<{ settings: Settings; repaired: boolean }, Settings>('local', SETTINGS_KEY, SETTINGS_VERSION, normalizeSettings);

/**
 * Which states have documents, mirrored by the background so the content script knows what to
 * highlight without waking the background or touching IndexedDB. Absent until the background
 * first wrote it (or when its shape is older): the content script then asks it to wake.
 */
export interface Coverage {
  version: 2;
  stateCodes: string[];
  dataVersion: string;
  /** Changes whenever a document is added, replaced or removed (indexSignature). */
  signature: string;
  updatedAt: number;
  /**
   * The agency names imported documents use for their state (utils/agency-names.ts), which the
   * bundled lexicon cannot know: the content script matches them as that state's agencies.
   */
  agencies: ImportedAgency[];
}
/** Its id names its state: `agency:CO-imported-1`. */
const IMPORTED_AGENCY_ID = /^agency:([A-Z]{2})-imported-\d{1,2}$/;
const isAgency = (v: unknown): v is ImportedAgency =>
  isRecord(v) && IMPORTED_AGENCY_ID.exec(String(v.id))?.[1] === v.stateCode && typeof v.label == 'string' && /^(dmv|courts)$/.test(String(v.topic));
export const coverageItem = defineItem<Coverage | undefined>('local', 'coverage', 2, (v) =>
  isRecord(v) && v.version === 2 && Array.isArray(v.stateCodes) && v.stateCodes.every(isStateCode) && typeof v.dataVersion === 'string' && Array.isArray(v.agencies) && v.agencies.every(isAgency)
    ? { version: 2, stateCodes: v.stateCodes, dataVersion: v.dataVersion, signature: String(v.signature ?? ''), updatedAt: Number(v.updatedAt) || 0, agencies: v.agencies }
    : undefined,
);

/** Set (to Date.now()) by the options page after it changed documents in IndexedDB. */
export const indexChangedItem = defineItem<number | undefined>('local', 'indexChangedAt', 1, (v) => (typeof v === 'number' ? v : undefined));

/** What a tab's page last told the background: the states it mentions and its site. */
export interface PageInfo {
  /** State code → mentions on the page. */
  states: Record<string, number>;
  site: string | null;
}
const PAGE_INFO_PREFIX = 'pageInfo:';
export const pageInfoItem = (tabId: number) =>
  defineItem<PageInfo | undefined>('session', `${PAGE_INFO_PREFIX}${tabId}`, 1, (v) => {
    if (!isRecord(v) || !isRecord(v.states)) return undefined;
    const states: Record<string, number> = {};
    for (const [code, n] of Object.entries(v.states)) if (isStateCode(code) && typeof n === 'number') states[code] = n;
    return { states, site: typeof v.site === 'string' ? siteOf(v.site) : null };
  });

/** Calls back whenever any tab's page info changes (the side panel follows the reader's tabs). */
export function watchAnyPageInfo(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area === 'session' && Object.keys(changes).some((k) => k.startsWith(PAGE_INFO_PREFIX))) onChange();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/** A search the background hands to the popup it opens (the popup reads it once and removes it). */
export const pendingQueryItem = defineItem<string | undefined>('session', 'pendingSearchQuery', 1, (v) => (typeof v === 'string' ? v.slice(0, 200) : undefined));
