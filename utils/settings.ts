/**
 * User settings: schema, defaults, validation and migration. Pure; stored by the extension in
 * extension storage as settingsItem (utils/browser/storage-items.ts), readable by the content script, unlike IndexedDB.
 */

export const SETTINGS_KEY = 'settings';
export const SETTINGS_VERSION = 2;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  enabled: boolean;
  /** 'everywhere-except': on for all sites but `disabledSites`; 'only-listed': on only for `enabledSites`. */
  siteMode: 'everywhere-except' | 'only-listed';
  disabledSites: string[];
  enabledSites: string[];
  highlight: { coveredStates: boolean; otherStates: boolean; agencies: boolean; federalTerms: boolean };
  trigger: { mode: 'hover' | 'hover-modifier' | 'click'; delayMs: number; modifier: 'Alt' | 'Shift' | 'Control' };
  theme: 'system' | 'light' | 'dark';
  textSize: 'small' | 'medium' | 'large';
}

/**
 * Defaults for a first-time reader of a news site: highlight what the extension can answer — every
 * state (each has a checked status), agencies, federal terms; a hover delay long enough that
 * reading with the pointer on the text does not open popovers.
 */
export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  enabled: true,
  siteMode: 'everywhere-except',
  disabledSites: [],
  enabledSites: [],
  highlight: { coveredStates: true, otherStates: true, agencies: true, federalTerms: true },
  trigger: { mode: 'hover', delayMs: 350, modifier: 'Alt' },
  theme: 'system',
  textSize: 'medium',
};

export const DELAY_RANGE = { min: 0, max: 3000 } as const;
const MAX_SITES = 1000;

export class SettingsError extends Error {
  override name = 'SettingsError';
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const oneOf = <T extends string>(v: unknown, options: readonly T[], fallback: T): T =>
  options.includes(v as T) ? (v as T) : fallback;
const bool = (v: unknown, fallback: boolean) => (typeof v === 'boolean' ? v : fallback);

/** A site as stored: its host name, lower-case, without "www.". */
export function siteOf(urlOrHost: string): string | null {
  let host = urlOrHost.trim().toLowerCase();
  try {
    if (host.includes('/')) host = new URL(host).hostname;
  } catch {
    return null;
  }
  host = host.replace(/^www\./, '').replace(/\.$/, '');
  return /^[a-z0-9.-]{1,253}$/.test(host) && !host.startsWith('.') ? host : null;
}

function sites(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  const out = new Set<string>();
  for (const s of v.slice(0, MAX_SITES)) {
    const site = typeof s === 'string' ? siteOf(s) : null;
    if (site) out.add(site);
  }
  return [...out].sort();
}

/**
 * Brings any stored value to the current shape: unknown or missing fields take their defaults, so
 * a partly broken value loses only what is broken. Returns whether anything had to be repaired.
 */
export function normalizeSettings(stored: unknown): { settings: Settings; repaired: boolean } {
  if (stored === undefined) return { settings: structuredClone(DEFAULT_SETTINGS), repaired: false };
  if (!isRecord(stored)) return { settings: structuredClone(DEFAULT_SETTINGS), repaired: true };
  const raw = migrate(stored);
  const d = DEFAULT_SETTINGS;
  const h = isRecord(raw.highlight) ? raw.highlight : {};
  const t = isRecord(raw.trigger) ? raw.trigger : {};
  const delay = typeof t.delayMs === 'number' && Number.isFinite(t.delayMs) ? Math.round(t.delayMs) : d.trigger.delayMs;
  const settings: Settings = {
    version: SETTINGS_VERSION,
    enabled: bool(raw.enabled, d.enabled),
    siteMode: oneOf(raw.siteMode, ['everywhere-except', 'only-listed'], d.siteMode),
    disabledSites: sites(raw.disabledSites),
    enabledSites: sites(raw.enabledSites),
    highlight: {
      coveredStates: bool(h.coveredStates, d.highlight.coveredStates),
      otherStates: bool(h.otherStates, d.highlight.otherStates),
      agencies: bool(h.agencies, d.highlight.agencies),
      federalTerms: bool(h.federalTerms, d.highlight.federalTerms),
    },
    trigger: {
      mode: oneOf(t.mode, ['hover', 'hover-modifier', 'click'], d.trigger.mode),
      delayMs: Math.min(DELAY_RANGE.max, Math.max(DELAY_RANGE.min, delay)),
      modifier: oneOf(t.modifier, ['Alt', 'Shift', 'Control'], d.trigger.modifier),
    },
    theme: oneOf(raw.theme, ['system', 'light', 'dark'], d.theme),
    textSize: oneOf(raw.textSize, ['small', 'medium', 'large'], d.textSize),
  };
  const repaired = JSON.stringify(withoutOrder(raw)) !== JSON.stringify(withoutOrder(settings));
  return { settings, repaired };
}

/**
 * Version 1 → 2: states without a FAQ document were off by default because their popover had
 * nothing to say; every state now has a checked status, so they are highlighted. Version 1 stored
 * the whole object, so a default cannot be told from a choice: the new default wins.
 */
function migrate(raw: Record<string, unknown>): Record<string, unknown> {
  if (raw.version !== 1) return raw;
  const highlight = isRecord(raw.highlight) ? { ...raw.highlight, otherStates: true } : raw.highlight;
  return { ...raw, version: SETTINGS_VERSION, highlight };
}

function withoutOrder(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(withoutOrder);
  if (!isRecord(v)) return v;
  return Object.fromEntries(Object.keys(v).sort().map((k) => [k, withoutOrder(v[k])]));
}

/** Whether the extension highlights on a page of this host. */
export function isActiveOn(settings: Settings, host: string): boolean {
  if (!settings.enabled) return false;
  const site = siteOf(host);
  if (!site) return false;
  const listed = (list: string[]) => list.some((s) => site === s || site.endsWith(`.${s}`));
  return settings.siteMode === 'only-listed' ? listed(settings.enabledSites) : !listed(settings.disabledSites);
}
