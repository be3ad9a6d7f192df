/**
 * Where the content script is registered: only on the sites where the extension is on, so a page
 * the reader switched off (or every page, while the extension is off) evaluates nothing of ours.
 * The background registers it dynamically from the settings (background/content-registration.ts).
 * Match patterns say the same as `isActiveOn`: a site stands for itself and its subdomains.
 */
import { isActiveOn, type Settings } from '@/utils/settings';

export const GATE_SCRIPT_ID = 'data-sharing-lens-gate';
/** The gate and its ::highlight() style sheet, as WXT builds them (entrypoints/content-gate/, entrypoints/highlights.css). */
export const GATE_JS = 'content-gate.js' as const;
export const GATE_CSS = 'assets/highlights.css';
export const PAGE_PATTERNS = ['http://*/*', 'https://*/*'];

export interface GateRegistration {
  id: string;
  js: string[];
  css: string[];
  matches: string[];
  excludeMatches: string[];
  allFrames: true;
  runAt: 'document_idle';
}

/** "example.com" → the site and its subdomains; an IP address has no subdomains. */
export function sitePatterns(site: string): string[] {
  return /^[\d.]+$/.test(site) ? [`*://${site}/*`] : [`*://${site}/*`, `*://*.${site}/*`];
}

/** The registration the settings call for; undefined while the content script should run nowhere. */
export function gateRegistration(settings: Settings): GateRegistration | undefined {
  if (!settings.enabled) return undefined;
  const onlyListed = settings.siteMode === 'only-listed';
  const matches = onlyListed ? settings.enabledSites.flatMap(sitePatterns) : PAGE_PATTERNS;
  if (!matches.length) return undefined;
  return {
    id: GATE_SCRIPT_ID,
    js: [GATE_JS],
    css: [GATE_CSS],
    matches,
    excludeMatches: onlyListed ? [] : settings.disabledSites.flatMap(sitePatterns),
    allFrames: true,
    runAt: 'document_idle',
  };
}

/** Whether a registered script already says what `wanted` says (the browser may add defaults). */
export function sameRegistration(current: { matches?: string[]; excludeMatches?: string[]; js?: string[]; css?: string[] }, wanted: GateRegistration): boolean {
  const same = (a: readonly string[] | undefined, b: readonly string[]) => JSON.stringify([...(a ?? [])].sort()) === JSON.stringify([...b].sort());
  return same(current.matches, wanted.matches) && same(current.excludeMatches, wanted.excludeMatches) && same(current.js, wanted.js) && same(current.css, wanted.css);
}

/**
 * A page open in a tab when the settings changed: the registration reaches only pages loaded after,
 * so a page whose site was just switched on gets the content script injected (the lens follows
 * the settings by itself where it already runs).
 */
export function switchedOn(before: Settings, after: Settings, hostname: string): boolean {
  return isActiveOn(after, hostname) && !isActiveOn(before, hostname);
}
