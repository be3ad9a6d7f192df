import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isActiveOn, normalizeSettings, SettingsError, siteOf } from '@/utils/settings';
import { exportSettings, importSettings } from '@/utils/settings-file';

describe('settings', () => {
  it('starts from defaults chosen for a first-time reader', () => {
    const { settings, repaired } = normalizeSettings(undefined);
    expect(repaired).toBe(false);
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(settings.highlight).toEqual({ coveredStates: true, otherStates: true, agencies: true, federalTerms: true });
    expect(settings.trigger.mode).toBe('hover');
  });

  it('keeps valid fields and repairs broken ones', () => {
    const { settings, repaired } = normalizeSettings({ enabled: false, theme: 'neon', trigger: { delayMs: 99999, mode: 'click' }, disabledSites: ['https://www.example.com/x', 42, 'EXAMPLE.org'] });
    expect(repaired).toBe(true);
    expect(settings.enabled).toBe(false);
    expect(settings.theme).toBe('system');
    expect(settings.trigger).toEqual({ mode: 'click', delayMs: 3000, modifier: 'Alt' });
    expect(settings.disabledSites).toEqual(['example.com', 'example.org']);
  });

  it('moves version 1 settings to version 2 without a repair notice: every state highlighted, the rest kept', () => {
    const v1 = { ...structuredClone(DEFAULT_SETTINGS), version: 1, theme: 'dark', highlight: { coveredStates: true, otherStates: false, agencies: false, federalTerms: true } };
    const { settings, repaired } = normalizeSettings(v1);
    expect(repaired).toBe(false);
    expect(settings.version).toBe(2);
    expect(settings.theme).toBe('dark');
    expect(settings.highlight).toEqual({ coveredStates: true, otherStates: true, agencies: false, federalTerms: true });
  });

  it('keeps a version 2 choice to switch other states off', () => {
    const mine = { ...structuredClone(DEFAULT_SETTINGS), highlight: { ...DEFAULT_SETTINGS.highlight, otherStates: false } };
    expect(normalizeSettings(mine).settings.highlight.otherStates).toBe(false);
  });

  it('treats an unreadable stored value as defaults, flagged as repaired', () => {
    expect(normalizeSettings('garbage')).toEqual({ settings: DEFAULT_SETTINGS, repaired: true });
  });

  it('round-trips through export and import', () => {
    const mine = { ...DEFAULT_SETTINGS, theme: 'dark' as const, disabledSites: ['nytimes.com'] };
    expect(importSettings(exportSettings(mine))).toEqual(mine);
  });

  it('refuses corrupt and foreign files with a reason', () => {
    expect(() => importSettings('{not json')).toThrow(SettingsError);
    expect(() => importSettings('{"theme":"dark"}')).toThrow(/not a Data Sharing Lens settings file/);
    expect(() => importSettings(JSON.stringify({ kind: 'data-sharing-lens/settings', settings: { version: 99 } }))).toThrow(/newer version/);
  });

  it('decides per site, including subdomains and the only-listed mode', () => {
    const off = { ...DEFAULT_SETTINGS, disabledSites: ['example.com'] };
    expect(isActiveOn(off, 'news.example.com')).toBe(false);
    expect(isActiveOn(off, 'example.org')).toBe(true);
    const only = { ...DEFAULT_SETTINGS, siteMode: 'only-listed' as const, enabledSites: ['apnews.com'] };
    expect(isActiveOn(only, 'apnews.com')).toBe(true);
    expect(isActiveOn(only, 'example.org')).toBe(false);
    expect(isActiveOn({ ...DEFAULT_SETTINGS, enabled: false }, 'apnews.com')).toBe(false);
    expect(siteOf('https://WWW.Example.com/path')).toBe('example.com');
  });
});
