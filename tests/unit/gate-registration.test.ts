/**
 * Where the content script is registered must say exactly what isActiveOn says, or a page the
 * reader switched off would still evaluate our code (or a page switched on would miss the lens).
 */
import { describe, expect, it } from 'vitest';
import { GATE_JS, gateRegistration, sameRegistration, sitePatterns, switchedOn } from '@/utils/gate-registration';
import { DEFAULT_SETTINGS, isActiveOn, normalizeSettings, type Settings } from '@/utils/settings';

const settings = (patch: Partial<Settings>): Settings => normalizeSettings({ ...structuredClone(DEFAULT_SETTINGS), ...patch }).settings;

/** A match pattern as the browser reads it, for the hosts these tests use (any scheme, path /*). */
function hostMatches(pattern: string, host: string): boolean {
  const m = /^(?:\*|https?):\/\/(\*|(\*\.)?([^/*]+))\/\*$/.exec(pattern);
  if (!m) throw new Error(`not a pattern these tests read: ${pattern}`);
  if (m[1] === '*') return true;
  return host === m[3] || (m[2] !== undefined && host.endsWith(`.${m[3]}`));
}
function registeredOn(s: Settings, host: string): boolean {
  const r = gateRegistration(s);
  return !!r && r.matches.some((p) => hostMatches(p, host)) && !r.excludeMatches.some((p) => hostMatches(p, host));
}

const HOSTS = ['example.com', 'www.example.com', 'news.example.com', 'example.org', 'notexample.com', '127.0.0.1', 'localhost', 'a.b.example.com'];

describe('content script registration', () => {
  it('registers the gate on every http(s) page by default', () => {
    const r = gateRegistration(DEFAULT_SETTINGS);
    expect(r?.matches).toEqual(['http://*/*', 'https://*/*']);
    expect(r?.excludeMatches).toEqual([]);
    expect(r?.js).toEqual([GATE_JS]);
    expect(r?.allFrames).toBe(true);
  });

  it('registers nothing while the extension is off, or when "only listed sites" lists none', () => {
    expect(gateRegistration(settings({ enabled: false }))).toBeUndefined();
    expect(gateRegistration(settings({ siteMode: 'only-listed', enabledSites: [] }))).toBeUndefined();
  });

  it('a site stands for itself and its subdomains; an address for itself', () => {
    expect(sitePatterns('example.com')).toEqual(['*://example.com/*', '*://*.example.com/*']);
    expect(sitePatterns('127.0.0.1')).toEqual(['*://127.0.0.1/*']);
  });

  it.each([
    ['everywhere but two sites', settings({ disabledSites: ['example.com', '127.0.0.1'] })],
    ['only listed sites', settings({ siteMode: 'only-listed', enabledSites: ['example.com', 'localhost'] })],
    ['www. in the list', settings({ disabledSites: ['www.example.com'] })],
    ['a subdomain off', settings({ disabledSites: ['news.example.com'] })],
    ['off', settings({ enabled: false, disabledSites: ['example.com'] })],
  ])('agrees with isActiveOn on every host: %s', (_, s) => {
    for (const host of HOSTS) expect(registeredOn(s, host), host).toBe(isActiveOn(s, host));
  });

  it('sees an unchanged registration as the same, whatever order the browser lists patterns in', () => {
    const wanted = gateRegistration(settings({ disabledSites: ['a.com', 'b.com'] }))!;
    expect(sameRegistration({ ...wanted, excludeMatches: [...wanted.excludeMatches].reverse() }, wanted)).toBe(true);
    expect(sameRegistration({ ...wanted, excludeMatches: [] }, wanted)).toBe(false);
    expect(sameRegistration({ ...wanted, css: undefined }, wanted)).toBe(false);
  });

  it('a page open when its site is switched on gets the content script; others do not', () => {
    const off = settings({ disabledSites: ['example.com'] });
    expect(switchedOn(off, DEFAULT_SETTINGS, 'www.example.com')).toBe(true);
    expect(switchedOn(off, DEFAULT_SETTINGS, 'example.org')).toBe(false);
    expect(switchedOn(DEFAULT_SETTINGS, off, 'example.com')).toBe(false);
  });
});
